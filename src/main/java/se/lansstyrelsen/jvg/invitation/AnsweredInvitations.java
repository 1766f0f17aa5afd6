package se.lansstyrelsen.jvg.invitation;

import java.util.ArrayList;
import java.util.List;
import se.lansstyrelsen.jvg.organisation.OrganisationType;

/**
 * Which open invitations a submitted accession answers: the organisation's (by organisation number, or for a
 * municipality without a known number by its municipality code) and the one whose link it came through, if that
 * can be the same organisation. Made by InvitationService, in its transaction.
 */
record AnsweredInvitations(EligibleOrganisationRepository eligible, InvitationRepository invitations) {

    /** The open invitations the accession answers; {@code linkedInvitationId} is null without a link. */
    List<Invitation> of(
            Long linkedInvitationId, String organisationNumber, String organisationType, String municipalityCode) {
        List<EligibleOrganisation> matches = new ArrayList<>();
        if (organisationNumber != null) {
            eligible.findByOrganisationNumber(organisationNumber).ifPresent(matches::add);
        }
        if (matches.isEmpty() && OrganisationType.KOMMUN.name().equals(organisationType) && municipalityCode != null) {
            eligible.findFirstByMunicipalityCode(municipalityCode)
                    .filter(o -> o.getOrganisationNumber() == null
                            || o.getOrganisationNumber().equals(organisationNumber))
                    .ifPresent(matches::add);
        }
        List<Invitation> open = new ArrayList<>();
        for (EligibleOrganisation o : matches) {
            open.addAll(invitations.findByOrganisationIdAndEndedAtIsNull(o.getId()));
        }
        if (linkedInvitationId != null) {
            invitations
                    .findById(linkedInvitationId)
                    .filter(i -> i.isOpen()
                            && !open.contains(i)
                            && sameOrganisation(
                                    i.getOrganisation(), organisationNumber, organisationType, municipalityCode))
                    .ifPresent(open::add);
        }
        return open;
    }

    /** Whether what was submitted can be the invited organisation, as far as the invitation knows it. */
    private static boolean sameOrganisation(
            EligibleOrganisation invited, String organisationNumber, String organisationType, String municipalityCode) {
        if (invited.getOrganisationNumber() != null) {
            return invited.getOrganisationNumber().equals(organisationNumber);
        }
        if (invited.getOrganisationType() == OrganisationType.KOMMUN && invited.getMunicipalityCode() != null) {
            return OrganisationType.KOMMUN.name().equals(organisationType)
                    && invited.getMunicipalityCode().equals(municipalityCode);
        }
        return true;
    }
}
