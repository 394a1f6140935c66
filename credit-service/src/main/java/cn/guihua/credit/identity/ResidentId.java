package cn.guihua.credit.identity;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * 18-character resident identity numbers (公民身份号码, GB 11643-1999): a 6-digit address code, the date of birth
 * (yyyyMMdd), a 3-digit sequence and an ISO 7064 MOD 11-2 check character (0-9 or X).
 */
public final class ResidentId {

    public static final String PATTERN = "^\\d{17}[0-9X]$";
    private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
    private static final char[] CHECK = { '1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2' };

    private ResidentId() {
    }

    public static boolean isValid(String id) {
        if (id == null || !id.matches(PATTERN)) {
            return false;
        }
        LocalDate birth = birthDate(id);
        if (birth == null || birth.getYear() < 1900) {
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

    /** The date of birth the number encodes; null when it is not a date. */
    public static LocalDate birthDate(String id) {
        try {
            return LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)),
                    Integer.parseInt(id.substring(12, 14)));
        } catch (DateTimeException | NumberFormatException | IndexOutOfBoundsException e) {
            return null;
        }
    }
}
