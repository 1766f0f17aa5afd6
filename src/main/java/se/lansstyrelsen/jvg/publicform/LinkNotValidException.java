package se.lansstyrelsen.jvg.publicform;

/**
 * The secure link is unknown, expired, or no longer valid for this step. The pages answer it with their
 * Swedish "link no longer valid" page (PublicPages), the JSON API with a problem+json 404 (PublicApiErrors).
 */
class LinkNotValidException extends RuntimeException {
    LinkNotValidException() {
        super("Link not valid");
    }
}
