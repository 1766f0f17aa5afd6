package se.lansstyrelsen.jvg.accession;

/**
 * The path of a case's public status page, reached with a status token (AccessToken.Purpose.STATUS): the one
 * place that builds it, for the receipt e-mail, the public API's answer and the public pages.
 */
public final class StatusLink {

    /** The status page's path up to its token. */
    public static final String PATH_PREFIX = "/anslutning/arende/";

    private StatusLink() {}

    /** The status page's path for a token, relative to the application's base URL. */
    public static String path(String token) {
        return PATH_PREFIX + token;
    }
}
