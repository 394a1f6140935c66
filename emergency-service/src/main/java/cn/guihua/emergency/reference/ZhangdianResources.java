package cn.guihua.emergency.reference;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** {@code reference/resources-zhangdian.json}: 张店区's annex registries (README §1). */
public record ZhangdianResources(String description, String jurisdiction, String jurisdictionName, String planCode,
        String planId, String planTitle, String documentNumber, String source, CoordinateConvention coordinateConvention,
        Counts counts, Map<String, CountSource> countSources, List<Depot> depots, List<FireStation> fireStations,
        List<Shelter> shelters, List<MedicalUnit> medicalUnits) {

    public record CoordinateConvention(String datum, String seedFormat, String conversion, BoundingBox districtBoundingBox) {
    }

    /** Our approximation of 张店区, used only to flag coordinates far outside it. */
    public record BoundingBox(Double minLongitude, Double maxLongitude, Double minLatitude, Double maxLatitude, String note) {

        public boolean contains(double latitude, double longitude) {
            return latitude >= minLatitude && latitude <= maxLatitude && longitude >= minLongitude && longitude <= maxLongitude;
        }
    }

    public record Counts(Integer depots, Integer depotPhoneRows, Integer fireStations, Integer fireRescueStations,
            Integer forestFireTeams, Integer fireVehicleRows, Integer fireVehicles, Integer shelters,
            Map<String, Integer> sheltersByClass, Integer medicalUnits, Integer sheltersWithCoordinateProblem) {
    }

    public record CountSource(String source, String quote, String quoteSource) {
    }

    public record Depot(String code, Integer seq, String seqMark, String name, String nameBracket, String managingUnit,
            String address, BigDecimal areaM2, Boolean areaApproximate, String contents, String storageType, String phone,
            String jurisdiction, String source, String phoneSource, List<String> notes) {
    }

    public record FireStation(String code, Integer seq, String name, String kind, String phone, String jurisdiction,
            List<Vehicle> vehicles, Integer vehicleCount, String source) {
    }

    public record Vehicle(String code, String type, Integer quantity, String quantityText, String note, String source) {
    }

    public record Shelter(String code, Integer seq, String name, String address, String longitudeDms, String latitudeDms,
            Double longitude, Double latitude, String coordinateSource, Integer effectiveAreaM2, String effectiveAreaText,
            Integer capacityPersons, String capacityText, String shelterClass, String shelterClassCode, String classKind,
            String managingBody, String jurisdiction, String source, CoordinateProblem coordinateProblem, List<String> notes) {
    }

    public record CoordinateProblem(String code, String field, String explanation, Double literalDecimal, String source) {
    }

    public record MedicalUnit(String code, Integer seq, String name, String phone, String unitKind, String jurisdiction,
            String source) {
    }
}
