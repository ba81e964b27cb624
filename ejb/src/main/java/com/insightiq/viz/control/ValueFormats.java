package com.insightiq.viz.control;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.Collection;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;

/**
 * Values as people read them in one locale and one reporting time zone: numbers, currencies, percentages and
 * scientific notation through the JDK's locale data (so "1.234,50 €" in German is the JDK's, not ours), and time
 * values at a grain. {@code OffsetDateTime}s are UTC instants and are shown in the zone; {@code LocalDateTime}s are
 * wall-clock values already and are never shifted.
 */
public final class ValueFormats {
    /** Chart labels longer than this are cut: a 10,000-character label would swallow the canvas. */
    static final int MAX_LABEL = 120;

    private final Locale locale;
    private final ZoneId zone;
    private final NumberStyle style;

    /** How numbers look (setting {@code numberFormat}). */
    public record NumberStyle(String style, String currency, Integer decimals, boolean compact, String prefix,
                              String suffix) {
        public static final NumberStyle PLAIN = new NumberStyle("number", null, null, false, "", "");

        public static NumberStyle of(Map<String, Object> settings) {
            VizSettings s = new VizSettings(settings);
            Integer decimals = s.number("decimals").map(d -> (int) Math.max(0, Math.min(15, d.doubleValue())))
                    .orElse(null);
            return new NumberStyle(s.text("style", "number"), s.text("currency").orElse(null), decimals,
                    s.flag("compact", false), s.text("prefix", ""), s.text("suffix", ""));
        }
    }

    public ValueFormats(Locale locale, ZoneId zone, NumberStyle style) {
        this.locale = locale == null ? Locale.ENGLISH : locale;
        this.zone = zone == null ? ZoneOffset.UTC : zone;
        this.style = style == null ? NumberStyle.PLAIN : style;
    }

    public Locale locale() {
        return locale;
    }

    public ZoneId zone() {
        return zone;
    }

    public NumberStyle style() {
        return style;
    }

    /** A number as a double, or null for anything that is not a finite number (null, NaN, text, booleans). */
    public static Double toDouble(Object value) {
        if (value instanceof Number n) {
            double d = n.doubleValue();
            return Double.isFinite(d) ? d : null;
        }
        return null;
    }

    /** A number in this style; anything else as {@link #text}. */
    public String number(Object value) {
        Double d = toDouble(value);
        if (d == null) {
            return value instanceof Number ? String.valueOf(value) : text(value);
        }
        Number n = value instanceof BigDecimal || value instanceof BigInteger ? (Number) value : d;
        String body = "currency".equals(style.style()) && style.compact() ? compactCurrency(d) : formatter().format(n);
        return style.prefix() + body + style.suffix();
    }

    /** "$1.2M" / "1,2 Mio. €": the JDK has no compact currency format, so the symbol goes where the locale puts it. */
    private String compactCurrency(double d) {
        NumberFormat compact = NumberFormat.getCompactNumberInstance(locale, NumberFormat.Style.SHORT);
        fractions(compact, 0, style.decimals() == null ? 1 : style.decimals());
        NumberFormat full = NumberFormat.getCurrencyInstance(locale);
        full.setCurrency(currency());
        String symbol = currency().getSymbol(locale);
        String one = full.format(1);
        String number = compact.format(Math.abs(d));
        String sign = d < 0 ? "-" : "";
        return one.startsWith(symbol) ? sign + symbol + number
                : sign + number + (one.contains("\u00a0" + symbol) ? "\u00a0" : "") + symbol;
    }

    private NumberFormat formatter() {
        NumberFormat format;
        switch (style.style()) {
            case "currency" -> {
                format = NumberFormat.getCurrencyInstance(locale);
                format.setCurrency(currency());
                // the locale's own currency decides the digits otherwise: yen have none, dinars three
                int digits = style.decimals() != null ? style.decimals()
                        : Math.max(currency().getDefaultFractionDigits(), 0);
                fractions(format, digits, digits);
                return format;
            }
            case "percent" -> {
                format = NumberFormat.getPercentInstance(locale);
                int d = style.decimals() == null ? 2 : style.decimals();
                fractions(format, style.decimals() == null ? 0 : d, d);
                return format;
            }
            case "scientific" -> {
                int d = style.decimals() == null ? 2 : style.decimals();
                return new DecimalFormat("0." + "#".repeat(Math.max(d, 1)) + "E0",
                        DecimalFormatSymbols.getInstance(locale));
            }
            default -> {
                format = style.compact() ? NumberFormat.getCompactNumberInstance(locale, NumberFormat.Style.SHORT)
                        : NumberFormat.getNumberInstance(locale);
                int d = style.decimals() == null ? (style.compact() ? 1 : 2) : style.decimals();
                fractions(format, style.decimals() == null ? 0 : d, d);
                return format;
            }
        }
    }

    private Currency currency() {
        try {
            return Currency.getInstance(style.currency() == null ? "USD" : style.currency());
        } catch (IllegalArgumentException e) {
            return Currency.getInstance("USD");
        }
    }

    /** Also rounds half up, as people round (the JDK's default, half even, shows ¥1,234.5 as ¥1,234). */
    private static void fractions(NumberFormat format, int min, int max) {
        format.setMinimumFractionDigits(min);
        format.setMaximumFractionDigits(max);
        format.setRoundingMode(RoundingMode.HALF_UP);
    }

    /** Text of any value for a table cell: numbers in this style, times at {@code grain} (null: as precise as given). */
    public String cell(Object value, DateGrain grain) {
        if (value instanceof Number) {
            return number(value);
        }
        if (isTime(value)) {
            return time(value, grain == null ? grainOf(value) : grain);
        }
        return text(value);
    }

    /** A category or x label: times at the grain, whole numbers without grouping (years, codes), cut when long. */
    public String label(Object value, DateGrain grain) {
        String text;
        if (value instanceof Long || value instanceof Integer || value instanceof BigInteger) {
            text = value.toString();
        } else if (value instanceof Number) {
            Double d = toDouble(value);
            text = d == null ? String.valueOf(value) : plain(d);
        } else if (isTime(value)) {
            text = time(value, grain == null ? grainOf(value) : grain);
        } else {
            text = text(value);
        }
        return text.length() > MAX_LABEL ? text.substring(0, MAX_LABEL - 1) + "…" : text;
    }

    private String plain(double d) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(6);
        return format.format(d);
    }

    /** Null as empty, booleans and text as they are, arrays joined; never throws. */
    public static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof byte[] bytes) {
            return "(" + bytes.length + " bytes)";
        }
        return value instanceof BigDecimal d ? d.toPlainString() : String.valueOf(value);
    }

    public static boolean isTime(Object value) {
        return value instanceof LocalDate || value instanceof LocalDateTime || value instanceof OffsetDateTime;
    }

    /** A time value as the wall-clock time of the reporting zone (instants converted, wall clocks kept). */
    public LocalDateTime wallClock(Object value) {
        if (value instanceof OffsetDateTime odt) {
            return odt.atZoneSameInstant(zone).toLocalDateTime();
        }
        if (value instanceof LocalDateTime ldt) {
            return ldt;
        }
        if (value instanceof LocalDate date) {
            return date.atStartOfDay();
        }
        throw new IllegalArgumentException("not a time value");
    }

    public String time(Object value, DateGrain grain) {
        if (value instanceof LocalTime t) {
            return t.toString();
        }
        if (!isTime(value)) {
            return text(value);
        }
        LocalDateTime t = wallClock(value);
        return switch (grain) {
            case YEAR -> Integer.toString(t.getYear());
            case QUARTER -> "Q" + t.get(IsoFields.QUARTER_OF_YEAR) + " " + t.getYear();
            case MONTH -> DateTimeFormatter.ofPattern("MMM yyyy", locale).format(t);
            case WEEK -> String.format(Locale.ROOT, "%d-W%02d", t.get(IsoFields.WEEK_BASED_YEAR),
                    t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case DAY -> DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(t);
            case HOUR -> DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                    .withLocale(locale).format(t.truncatedTo(ChronoUnit.HOURS));
            case MINUTE -> DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                    .withLocale(locale).format(t.truncatedTo(ChronoUnit.MINUTES));
        };
    }

    /** The grain one value is precise to: a date is a day; a time at midnight in the zone a day; else a minute. */
    public DateGrain grainOf(Object value) {
        if (value instanceof LocalDate) {
            return DateGrain.DAY;
        }
        return wallClock(value).toLocalTime().equals(LocalTime.MIDNIGHT) ? DateGrain.DAY : DateGrain.MINUTE;
    }

    /**
     * The grain a column's time values are labelled at when no {@code dateGrain} is set: month when every value is the
     * first of a month, day when every value is a whole day, else minute.
     */
    public DateGrain grainOf(Collection<?> values) {
        boolean days = true;
        boolean months = true;
        int seen = 0;
        for (Object value : values) {
            if (!isTime(value)) {
                continue;
            }
            seen++;
            LocalDateTime t = wallClock(value);
            days &= t.toLocalTime().equals(LocalTime.MIDNIGHT);
            months &= days && t.getDayOfMonth() == 1;
            if (!days) {
                return DateGrain.MINUTE;
            }
        }
        if (seen > 1 && months) {
            return DateGrain.MONTH;
        }
        return days ? DateGrain.DAY : DateGrain.MINUTE;
    }

    /** BCP 47 tag for the browser's Intl formatting of ticks and tooltips. */
    public String languageTag() {
        return locale.toLanguageTag();
    }
}
