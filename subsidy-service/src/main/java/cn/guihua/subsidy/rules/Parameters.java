package cn.guihua.subsidy.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.query.NativeQuery;

import io.quarkus.panache.common.Sort;

/** Reads parameters as of a date: the value with the latest start on or before it, for exactly that jurisdiction. */
@ApplicationScoped
public class Parameters {

    public Optional<ParameterValue> asOf(ParameterName name, String jurisdiction, LocalDate date) {
        return ParameterValue.<ParameterValue>find("name = ?1 and jurisdiction = ?2 and validFrom <= ?3",
                Sort.descending("validFrom"), name, jurisdiction, date).firstResultOptional();
    }

    /**
     * Several parameters as of a date in one query (a calculation reads five; one round trip each was most of its time,
     * issue 17): for each name, the value with the latest start on or before it; a name not set is absent.
     */
    public Map<ParameterName, ParameterValue> asOf(Collection<ParameterName> names, String jurisdiction, LocalDate date) {
        Map<ParameterName, ParameterValue> found = new EnumMap<>(ParameterName.class);
        if (!names.isEmpty()) {
            // (name, jurisdiction, valid_from) is unique: the first row of a name is its one latest start. The names travel
            // as one text, so that the statement never changes: Hibernate translated an IN list again for every call (issue 17)
            StringBuilder list = new StringBuilder();
            for (ParameterName n : names) {
                list.append(list.isEmpty() ? "" : ",").append(n.name());
            }
            @SuppressWarnings("unchecked")
            List<ParameterValue> rows = ParameterValue.getEntityManager().createNativeQuery("SELECT * FROM parameter_value "
                    + "WHERE name = ANY (string_to_array(:names, ',')) AND jurisdiction = :jurisdiction AND valid_from <= :date "
                    + "ORDER BY valid_from DESC",
                    ParameterValue.class).unwrap(NativeQuery.class).addSynchronizedEntityClass(ParameterValue.class)
                    .setParameter("names", list.toString()).setParameter("jurisdiction", jurisdiction).setParameter("date", date)
                    .getResultList();
            rows.forEach(v -> found.putIfAbsent(v.name, v));
        }
        return found;
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
