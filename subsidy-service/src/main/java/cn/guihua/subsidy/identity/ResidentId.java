package cn.guihua.subsidy.identity;

import java.time.DateTimeException;
import java.time.LocalDate;

/** 18-character resident identity numbers (GB 11643-1999): 17 digits and an ISO 7064 MOD 11-2 check character. */
public final class ResidentId {

    private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
    private static final char[] CHECK = { '1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2' };

    private ResidentId() {
    }

    public static boolean isValid(String id) {
        if (id == null || !id.matches("\\d{17}[0-9X]")) {
            return false;
        }
        try {
            LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)),
                    Integer.parseInt(id.substring(12, 14)));
        } catch (DateTimeException e) {
            return false;
        }
        return checkChar(id.substring(0, 17)) == id.charAt(17);
    }

    public static char checkChar(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    /** Keeps the region (6) and the last 4 characters: 370104********123X. */
    public static String mask(String id) {
        return id == null || id.length() < 10 ? id : id.substring(0, 6) + "*".repeat(id.length() - 10) + id.substring(id.length() - 4);
    }
}
