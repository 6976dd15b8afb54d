package newsprint.model;

import java.time.LocalDate;

/** One day's paper: its name, date and optional running issue number (总第N期). */
public record Edition(String paper, LocalDate date, Integer issue) {
}
