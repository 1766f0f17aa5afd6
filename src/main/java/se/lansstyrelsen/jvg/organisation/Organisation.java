package se.lansstyrelsen.jvg.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** An organisation identified by its canonical organisation number; stands in the register once joined. */
@Entity
public class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_number", nullable = false, unique = true, length = 11)
    private String organisationNumber;

    @Column(nullable = false, length = 200)
    private String name;

    /** The name's Swedish sort key ({@link SwedishOrder}), kept with the name: the register sorts by it. */
    @Column(name = "name_sort_key", nullable = false)
    private byte[] nameSortKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "organisation_type", nullable = false, length = 40)
    private OrganisationType organisationType;

    @Column(name = "municipality_code", length = 4)
    private String municipalityCode;

    @Column(name = "joined_at")
    private Instant joinedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Organisation() {}

    public Organisation(
            OrganisationNumber number, String name, OrganisationType type, String municipalityCode, Instant now) {
        this.organisationNumber = number.value();
        this.name = name;
        this.nameSortKey = SwedishOrder.key(name);
        this.organisationType = type;
        this.municipalityCode = municipalityCode;
        this.createdAt = now;
    }

    /** Keeps the latest name and type the organisation gave. */
    public void updateDetails(String name, OrganisationType type, String municipalityCode) {
        this.name = name;
        this.nameSortKey = SwedishOrder.key(name);
        this.organisationType = type;
        this.municipalityCode = municipalityCode;
    }

    public void markJoined(Instant when) {
        if (joinedAt == null) {
            joinedAt = when;
        }
    }

    public Long getId() {
        return id;
    }

    public String getOrganisationNumber() {
        return organisationNumber;
    }

    public String getName() {
        return name;
    }

    public OrganisationType getOrganisationType() {
        return organisationType;
    }

    public String getMunicipalityCode() {
        return municipalityCode;
    }

    public Instant getJoinedAt() {
        return joinedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
