package cn.guihua.emergency.resource;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import cn.guihua.emergency.reference.ReferenceData;
import cn.guihua.emergency.reference.ZhangdianResources;
import io.quarkus.runtime.StartupEvent;

/**
 * Writes the validated resource annexes into {@code emergency_resource} and {@code fire_vehicle} at start-up, so that
 * searches by capacity and distance run in SQL. It replaces every row by the file's, in one transaction under an
 * advisory lock, so replicas starting together do not interleave; running it again changes nothing. A start whose
 * annexes and loader are those of the last load (their checksum in {@code reference_load}) writes nothing: it was a
 * tenth of the service's start-up time (issue 17).
 */
@ApplicationScoped
public class ResourceLoader {

    /** The advisory lock that keeps two replicas from loading at once (the bytes of "guihuare"). */
    private static final long LOCK = 0x6775_6968_7561_7265L;
    /** The row of {@code reference_load} this loader keeps. */
    static final String LOAD_NAME = "resources";

    @Inject
    ReferenceData reference;

    @Inject
    EntityManager em;

    @Transactional
    void onStart(@Observes StartupEvent start) {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(?1)").setParameter(1, LOCK).getSingleResult();
        String checksum = checksum();
        boolean unchanged = em.createNativeQuery("SELECT checksum FROM reference_load WHERE name = ?1", String.class)
                .setParameter(1, LOAD_NAME).getResultStream().findFirst().filter(checksum::equals).isPresent();
        if (unchanged) {
            return;
        }
        write();
        em.createNativeQuery("INSERT INTO reference_load (name, checksum, loaded_at) VALUES (?1, ?2, now()) "
                + "ON CONFLICT (name) DO UPDATE SET checksum = EXCLUDED.checksum, loaded_at = EXCLUDED.loaded_at")
                .setParameter(1, LOAD_NAME).setParameter(2, checksum).executeUpdate();
    }

    /**
     * SHA-256 of what the rows are made of: the annexes file as read, and the code that turns it into rows (the
     * records it is read into, the validation that finds the coordinate problems, this loader and its entities).
     */
    String checksum() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(reference.resourcesDigest());
            List<Class<?>> code = new ArrayList<>(List.of(ResourceLoader.class, EmergencyResource.class, FireVehicle.class,
                    ReferenceData.class, ZhangdianResources.class));
            code.addAll(List.of(ZhangdianResources.class.getDeclaredClasses()));
            for (Class<?> c : code) {
                try (InputStream in = c.getResourceAsStream(c.getName().substring(c.getPackageName().length() + 1) + ".class")) {
                    if (in != null) {
                        sha.update(in.readAllBytes());
                    }
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot compute the resource annexes' checksum", e);
        }
    }

    private void write() {
        ZhangdianResources r = reference.resources();
        OffsetDateTime now = OffsetDateTime.now();
        Set<String> codes = new HashSet<>();
        for (ZhangdianResources.Depot d : r.depots()) {
            EmergencyResource e = row(d.code(), ResourceType.DEPOT, d.jurisdiction(), r.planCode(), d.seq(), d.name(), d.source(), now);
            e.kind = d.storageType();
            e.address = d.address();
            e.phone = d.phone();
            e.managingBody = d.managingUnit();
            e.areaM2 = d.areaM2();
            e.areaApproximate = Boolean.TRUE.equals(d.areaApproximate());
            e.contents = d.contents();
            e.notes = d.notes() == null ? List.of() : d.notes();
            codes.add(d.code());
        }
        for (ZhangdianResources.FireStation s : r.fireStations()) {
            EmergencyResource e = row(s.code(), ResourceType.FIRE_STATION, s.jurisdiction(), r.planCode(), s.seq(), s.name(), s.source(), now);
            e.kind = s.kind();
            e.phone = s.phone();
            codes.add(s.code());
        }
        for (ZhangdianResources.Shelter s : r.shelters()) {
            EmergencyResource e = row(s.code(), ResourceType.SHELTER, s.jurisdiction(), r.planCode(), s.seq(), s.name(), s.source(), now);
            e.kind = s.classKind();
            e.address = s.address();
            e.managingBody = s.managingBody();
            e.areaM2 = BigDecimal.valueOf(s.effectiveAreaM2());
            e.capacityPersons = s.capacityPersons();
            e.shelterClass = s.shelterClassCode();
            e.latitude = s.latitude();
            e.longitude = s.longitude();
            e.latitudeDms = s.latitudeDms();
            e.longitudeDms = s.longitudeDms();
            e.coordinateProblem = reference.coordinateFindings().stream().filter(f -> f.code().equals(s.code()))
                    .map(ReferenceData.CoordinateFinding::problem).findFirst().orElse(null);
            e.notes = s.notes() == null ? List.of() : s.notes();
            codes.add(s.code());
        }
        for (ZhangdianResources.MedicalUnit m : r.medicalUnits()) {
            EmergencyResource e = row(m.code(), ResourceType.MEDICAL_UNIT, m.jurisdiction(), r.planCode(), m.seq(), m.name(), m.source(), now);
            e.kind = m.unitKind();
            e.phone = m.phone();
            codes.add(m.code());
        }
        em.flush();
        FireVehicle.deleteAll();
        EmergencyResource.delete("code not in ?1", codes);
        for (ZhangdianResources.FireStation s : r.fireStations()) {
            int seq = 0;
            for (ZhangdianResources.Vehicle v : s.vehicles()) {
                FireVehicle f = new FireVehicle();
                f.code = v.code();
                f.stationCode = s.code();
                f.seq = ++seq;
                f.vehicleType = v.type();
                f.quantity = v.quantity();
                f.note = v.note();
                f.sourceRef = v.source();
                f.persist();
            }
        }
    }

    /** The row of the code, found or new, with its identifying fields set and the others cleared. */
    private static EmergencyResource row(String code, ResourceType type, String jurisdiction, String planCode, int seq, String name,
            String source, OffsetDateTime now) {
        EmergencyResource found = EmergencyResource.findById(code);
        EmergencyResource e = found == null ? new EmergencyResource() : found;
        e.code = code;
        e.type = type;
        e.jurisdiction = jurisdiction;
        e.planCode = planCode;
        e.seq = seq;
        e.name = name;
        e.sourceRef = source;
        e.loadedAt = now;
        e.kind = null;
        e.address = null;
        e.phone = null;
        e.managingBody = null;
        e.areaM2 = null;
        e.areaApproximate = false;
        e.capacityPersons = null;
        e.shelterClass = null;
        e.contents = null;
        e.latitude = null;
        e.longitude = null;
        e.latitudeDms = null;
        e.longitudeDms = null;
        e.coordinateProblem = null;
        e.notes = List.of();
        if (found == null) {
            // an insert takes the state at persist: the fields the table requires are set by now, the rest follow as an update
            e.persist();
        }
        return e;
    }
}
