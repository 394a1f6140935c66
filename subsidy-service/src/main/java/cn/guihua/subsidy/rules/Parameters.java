package cn.guihua.subsidy.rules;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import cn.guihua.platform.jdbc.FlushedJdbc;
import io.quarkus.panache.common.Sort;

/** Reads parameters as of a date: the value with the latest start on or before it, for exactly that jurisdiction. */
@ApplicationScoped
public class Parameters {

    private static final String AS_OF = "SELECT id, name, jurisdiction, valid_from, value, note, legal_basis, set_by, set_at "
            + "FROM parameter_value WHERE name = ANY (?) AND jurisdiction = ? AND valid_from <= ? ORDER BY valid_from DESC";

    public Optional<ParameterValue> asOf(ParameterName name, String jurisdiction, LocalDate date) {
        return ParameterValue.<ParameterValue>find("name = ?1 and jurisdiction = ?2 and validFrom <= ?3",
                Sort.descending("validFrom"), name, jurisdiction, date).firstResultOptional();
    }

    /**
     * Several parameters as of a date in one query (a calculation reads five; one round trip each was most of its time,
     * issue 17): for each name, the value with the latest start on or before it; a name not set is absent. Read by JDBC
     * into values for reading, not managed entities: as a native query, Hibernate resolved its result mapping and
     * initialised the entities at every call, most of a calculation's CPU under the mixed load.
     */
    public Map<ParameterName, ParameterValue> asOf(Collection<ParameterName> names, String jurisdiction, LocalDate date) {
        Map<ParameterName, ParameterValue> found = new EnumMap<>(ParameterName.class);
        if (names.isEmpty()) {
            return found;
        }
        String[] list = names.stream().map(Enum::name).toArray(String[]::new);
        // (name, jurisdiction, valid_from) is unique: the first row of a name is its one latest start
        return FlushedJdbc.read(ParameterValue.getEntityManager(), c -> {
            try (PreparedStatement ps = c.prepareStatement(AS_OF)) {
                ps.setArray(1, c.createArrayOf("text", list));
                ps.setString(2, jurisdiction);
                ps.setObject(3, date);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ParameterValue v = new ParameterValue();
                        v.id = rs.getLong(1);
                        v.name = ParameterName.valueOf(rs.getString(2));
                        v.jurisdiction = rs.getString(3);
                        v.validFrom = rs.getObject(4, LocalDate.class);
                        v.value = rs.getString(5);
                        v.note = rs.getString(6);
                        v.legalBasis = rs.getString(7);
                        v.setBy = rs.getString(8);
                        v.setAt = rs.getObject(9, OffsetDateTime.class);
                        found.putIfAbsent(v.name, v);
                    }
                }
            }
            return found;
        });
    }

    /** The parameter as a step reads it: set or not, with who set it and on what basis. */
    public ParameterUse use(ParameterName name, String jurisdiction, LocalDate date) {
        return ParameterUse.of(name, jurisdiction, date, asOf(name, jurisdiction, date).orElse(null));
    }

    public static BigDecimal decimal(ParameterUse p) {
        return p.set() ? new BigDecimal(p.value()) : null;
    }

    public static Integer count(ParameterUse p) {
        return p.set() ? Integer.valueOf(p.value()) : null;
    }

    /** A SHARES or LIST value, as its parts. */
    public static List<String> parts(ParameterUse p) {
        return !p.set() || p.value().isEmpty() ? List.of() : Arrays.stream(p.value().split(",")).map(String::strip).toList();
    }
}
