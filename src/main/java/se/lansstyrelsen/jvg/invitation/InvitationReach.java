package se.lansstyrelsen.jvg.invitation;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Each round's reach: invited, opened the form (followed the link), submitted an accession, joined (that accession
 * registered). Newest round first.
 */
@Service
public class InvitationReach {

    private final JdbcTemplate jdbc;

    InvitationReach(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One round's numbers. */
    public record RoundReach(
            long id,
            String name,
            Instant startedAt,
            LocalDate deadline,
            Instant closedAt,
            int invited,
            int opened,
            int submitted,
            int joined) {

        public boolean isOpen() {
            return closedAt == null;
        }
    }

    public List<RoundReach> rounds() {
        return jdbc.query(
                """
        select r.id, r.name, r.started_at, r.deadline, r.closed_at,
               count(i.id) as invited,
               count(i.opened_at) as opened,
               count(i.submitted_case_number) as submitted,
               count(case when a.status = 'REGISTERED' then 1 end) as joined
          from invitation_round r
          left join invitation i on i.round_id = r.id
          left join accession a on a.case_number = i.submitted_case_number
         group by r.id, r.name, r.started_at, r.deadline, r.closed_at
         order by r.started_at desc, r.id desc""",
                (rs, n) -> new RoundReach(
                        rs.getLong("id"),
                        rs.getString("name"),
                        instant(rs.getTimestamp("started_at")),
                        rs.getObject("deadline", LocalDate.class),
                        instant(rs.getTimestamp("closed_at")),
                        rs.getInt("invited"),
                        rs.getInt("opened"),
                        rs.getInt("submitted"),
                        rs.getInt("joined")));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
