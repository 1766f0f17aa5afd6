package se.lansstyrelsen.jvg.invitation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import se.lansstyrelsen.jvg.organisation.OrganisationType;

/**
 * An organisation that may join and can be invited. The organisation number is optional: we ship only
 * numbers we can source (column {@code source} says where the row and its number come from).
 */
@Entity
@Table(name = "eligible_organisation")
public class EligibleOrganisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "organisation_number", length = 11)
    private String organisationNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "organisation_type", nullable = false, length = 40)
    private OrganisationType organisationType;

    @Column(name = "municipality_code", length = 4)
    private String municipalityCode;

    @Column(name = "contact_email", length = 254)
    private String contactEmail;

    /** The longest source the column holds. */
    static final int MAX_SOURCE = 300;

    @Column(nullable = false, length = MAX_SOURCE)
    private String source;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected EligibleOrganisation() {}

    EligibleOrganisation(
            String name,
            String organisationNumber,
            OrganisationType type,
            String municipalityCode,
            String contactEmail,
            String source,
            Instant now) {
        this.name = name;
        this.organisationNumber = organisationNumber;
        this.organisationType = type;
        this.municipalityCode = municipalityCode;
        this.contactEmail = contactEmail;
        this.source = source;
        this.createdAt = now;
    }

    /** A caseworker's correction: a number, type or contact address given later; blank values keep the old one. */
    void update(
            String organisationNumber,
            OrganisationType type,
            String municipalityCode,
            String contactEmail,
            String source) {
        if (organisationNumber != null) {
            this.organisationNumber = organisationNumber;
        }
        this.organisationType = type;
        if (municipalityCode != null) {
            this.municipalityCode = municipalityCode;
        }
        if (contactEmail != null) {
            this.contactEmail = contactEmail;
        }
        this.source = source;
    }

    /** {@code source} cut to what the column holds. */
    static String fitSource(String source) {
        return source.length() > MAX_SOURCE ? source.substring(0, MAX_SOURCE) : source;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getOrganisationNumber() {
        return organisationNumber;
    }

    public OrganisationType getOrganisationType() {
        return organisationType;
    }

    public String getMunicipalityCode() {
        return municipalityCode;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public String getSource() {
        return source;
    }
}
