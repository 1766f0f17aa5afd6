package se.lansstyrelsen.jvg.config;

import static se.lansstyrelsen.jvg.config.Texts.text;

/**
 * Länsstyrelsen's contact details under {@code accession.contact.*}, shown on every public page and in
 * every e-mail to an organisation (as {@code #contact} in templates, see ContactDetailsDialect). A blank
 * value is left out.
 */
public class ContactSettings {
    private String name = text("config.contact.name");
    private String email = "";
    private String phone = "";
    private String web = "";

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getWeb() {
        return web;
    }

    public void setWeb(String web) {
        this.web = web;
    }

    /** The phone number as a tel: link (digits and a leading +, Swedish numbers with the country code). */
    public String getPhoneLink() {
        String digits = phone == null ? "" : phone.replaceAll("[^0-9+]", "");
        return digits.startsWith("0") ? "tel:+46" + digits.substring(1) : "tel:" + digits;
    }
}
