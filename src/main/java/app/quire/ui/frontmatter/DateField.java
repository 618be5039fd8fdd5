package app.quire.ui.frontmatter;

import app.quire.post.PostDate;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;

/**
 * A post date as three parts: day (a DatePicker, ISO text), time ({@code HH:mm} or {@code HH:mm:ss}) and UTC offset
 * ({@code +10:00}, {@code +1000}, {@code Z} or empty for none), plus a "Now" button. A complete, valid entry is
 * reported as a {@link PostDate}; the form writes it in the file's own date style.
 */
final class DateField {
    private static final Pattern OFFSET = Pattern.compile("([+-])(\\d{1,2})(?::?(\\d{2}))?");
    private final HBox box = new HBox();
    private final DatePicker day = new DatePicker();
    private final TextField time = new TextField();
    private final TextField offset = new TextField();
    private final Button now = new Button("Now");
    private final Supplier<ZonedDateTime> clock;
    private Consumer<PostDate> onChange = d -> { };
    private boolean showing;
    private boolean seconds = true;

    DateField(Supplier<ZonedDateTime> clock) {
        this.clock = clock;
        box.getStyleClass().add("fm-date");
        day.setId("fm-date-day");
        time.setId("fm-date-time");
        offset.setId("fm-date-offset");
        now.setId("fm-date-now");
        day.setEditable(true);
        day.setPromptText("yyyy-mm-dd");
        day.getStyleClass().add("fm-date-day");
        day.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate d) {
                return d == null ? "" : d.toString();
            }

            @Override
            public LocalDate fromString(String s) {
                try {
                    return s == null || s.isBlank() ? null : LocalDate.parse(s.strip());
                } catch (DateTimeParseException e) {
                    return day.getValue();
                }
            }
        });
        time.setPromptText("hh:mm");
        time.setPrefColumnCount(5);
        time.getStyleClass().add("fm-date-time");
        offset.setPromptText("+hh:mm");
        offset.setPrefColumnCount(4);
        offset.getStyleClass().add("fm-date-offset");
        offset.setTooltip(new Tooltip("UTC offset, e.g. +10:00; empty for none"));
        now.getStyleClass().add("fm-date-now");
        now.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // "Now", never "..."
        now.setTooltip(new Tooltip("Set the date to now"));
        box.getChildren().addAll(day, time, offset, now);
        day.valueProperty().addListener((o, a, b) -> changed());
        time.textProperty().addListener((o, a, b) -> changed());
        offset.textProperty().addListener((o, a, b) -> changed());
        now.setOnAction(e -> setNow());
    }

    HBox node() {
        return box;
    }

    void setOnChange(Consumer<PostDate> onChange) {
        this.onChange = onChange;
    }

    /** Shows a date (or clears for none) without reporting a change; {@code raw} is shown when it does not parse. */
    void show(Optional<PostDate> date, String raw) {
        showing = true;
        try {
            if (date.isPresent()) {
                PostDate d = date.get();
                seconds = d.style().seconds() || d.localDateTime().getSecond() != 0;
                setIfDifferent(d.date());
                String t = d.style().dateOnly() && d.localDateTime().toLocalTime().equals(LocalTime.MIDNIGHT) ? ""
                        : timeText(d.localDateTime().toLocalTime());
                if (!sameTime(time.getText(), t)) {
                    time.setText(t);
                }
                String off = d.offset().map(DateField::offsetText).orElse("");
                if (!parseOffset(offset.getText()).equals(d.offset()) || offset.getText().isBlank() != off.isEmpty()) {
                    offset.setText(off);
                }
                mark(true);
            } else {
                if (raw == null || raw.isBlank()) {
                    day.setValue(null);
                    day.getEditor().setText("");
                    time.setText("");
                    offset.setText("");
                    mark(true);
                } else {
                    day.setValue(null);
                    day.getEditor().setText(raw);
                    mark(false);
                }
            }
        } finally {
            showing = false;
        }
    }

    private void setIfDifferent(LocalDate d) {
        if (!d.equals(day.getValue())) {
            day.setValue(d);
        }
        if (!day.getEditor().getText().equals(d.toString())) {
            day.getEditor().setText(d.toString());
        }
    }

    private String timeText(LocalTime t) {
        return t.format(DateTimeFormatter.ofPattern(seconds ? "HH:mm:ss" : "HH:mm", Locale.ROOT));
    }

    private static boolean sameTime(String shown, String wanted) {
        return parseTime(shown).equals(parseTime(wanted)) && shown.isBlank() == wanted.isBlank();
    }

    /** Sets day, time and offset to now (site zone) and reports it. */
    void setNow() {
        ZonedDateTime t = clock.get().withNano(0);
        showing = true;
        try {
            day.setValue(t.toLocalDate());
            day.getEditor().setText(t.toLocalDate().toString());
            time.setText(timeText(t.toLocalTime()));
            offset.setText(offsetText(t.getOffset()));
        } finally {
            showing = false;
        }
        changed();
    }

    private void changed() {
        if (showing) {
            return;
        }
        Optional<PostDate> d = value();
        mark(d.isPresent());
        d.ifPresent(onChange);
    }

    /** The entered date, when day, time and offset are all valid. */
    Optional<PostDate> value() {
        LocalDate d = day.getValue();
        Optional<LocalTime> t = time.getText().isBlank() ? Optional.of(LocalTime.MIDNIGHT) : parseTime(time.getText());
        if (d == null || t.isEmpty()) {
            return Optional.empty();
        }
        LocalDateTime local = LocalDateTime.of(d, t.get());
        boolean dateOnly = time.getText().isBlank() && offset.getText().isBlank();
        app.quire.post.DateStyle style = dateOnly ? app.quire.post.DateStyle.DATE_ONLY : app.quire.post.DateStyle.JEKYLL;
        if (offset.getText().isBlank()) {
            return Optional.of(PostDate.of(local, style));
        }
        return parseOffset(offset.getText()).map(o -> PostDate.of(local.atOffset(o), style));
    }

    /** True when the entered time has no time part (a day only). */
    boolean dayOnly() {
        return time.getText().isBlank();
    }

    private void mark(boolean valid) {
        for (javafx.scene.Node n : box.getChildren()) {
            n.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("danger"), !valid);
        }
    }

    static Optional<LocalTime> parseTime(String s) {
        try {
            String t = s.strip();
            return t.isEmpty() ? Optional.empty() : Optional.of(LocalTime.parse(t.length() == 4 ? "0" + t : t));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static Optional<ZoneOffset> parseOffset(String s) {
        String t = s.strip();
        if (t.equalsIgnoreCase("z") || t.equalsIgnoreCase("utc")) {
            return Optional.of(ZoneOffset.UTC);
        }
        Matcher m = OFFSET.matcher(t);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            int sign = m.group(1).equals("-") ? -1 : 1;
            int h = Integer.parseInt(m.group(2));
            int min = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            return Optional.of(ZoneOffset.ofHoursMinutes(sign * h, sign * min));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    static String offsetText(ZoneOffset o) {
        return o.getTotalSeconds() == 0 ? "+00:00" : o.getId();
    }

    DatePicker day() {
        return day;
    }

    TextField time() {
        return time;
    }

    TextField offset() {
        return offset;
    }
}
