package cn.guihua.credit.record;

import java.time.LocalDate;

/** A record as the engines read it: its id, who recorded it, when it was reported, what it says, any repair. */
public record StoredRecord<T>(long id, String department, LocalDate reportedOn, T data, RecordRepair repair) {
}
