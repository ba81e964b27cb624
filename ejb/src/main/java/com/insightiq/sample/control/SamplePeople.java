package com.insightiq.sample.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Makes the shop's customers: region by share, a city in it, a plausible name and address, a sign-up time. */
final class SamplePeople {
    private static final LocalDate OLDEST_BIRTH_DATE = LocalDate.of(1950, 1, 1);
    private static final LocalDate YOUNGEST_BIRTH_DATE = LocalDate.of(2005, 12, 31);

    private SamplePeople() {
    }

    /** {@code count} people, ids in sign-up order. */
    static List<Person> generate(Chance chance, int count) {
        Region[] regions = Region.values();
        int[] regionWeights = new int[regions.length];
        for (int i = 0; i < regions.length; i++) {
            regionWeights[i] = (int) Math.round(regions[i].shareOfPeople() * 100);
        }
        Set<String> emails = new HashSet<>();
        List<Person> unnumbered = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Region region = regions[chance.weighted(regionWeights)];
            unnumbered.add(person(chance, region, emails));
        }
        unnumbered.sort(Comparator.comparing(Person::createdAt));
        List<Person> people = new ArrayList<>(count);
        for (int i = 0; i < unnumbered.size(); i++) {
            Person p = unnumbered.get(i);
            people.add(new Person(i + 1, p.name(), p.email(), p.address(), p.city(), p.state(), p.postalCode(),
                    p.country(), p.region(), p.latitude(), p.longitude(), p.birthDate(), p.source(), p.createdAt()));
        }
        return people;
    }

    private static Person person(Chance chance, Region region, Set<String> emails) {
        List<City> cities = SamplePlaces.CITIES.stream().filter(c -> c.region() == region).toList();
        City city = cities.get(chance.weighted(cities.stream().mapToInt(City::weight).toArray()));
        String first = chance.pick(SampleCatalogue.FIRST_NAMES.get(region));
        String last = chance.pick(SampleCatalogue.LAST_NAMES.get(region));
        String address = chance.between(1, 4999) + " " + chance.pick(SamplePlaces.STREETS) + " "
                + chance.pick(SamplePlaces.STREET_KINDS);
        LocalDate birthDate = OLDEST_BIRTH_DATE.plusDays(
                chance.between(0, (int) ChronoUnit.DAYS.between(OLDEST_BIRTH_DATE, YOUNGEST_BIRTH_DATE)));
        String source = SampleCatalogue.SOURCES.get(chance.weighted(SampleCatalogue.SOURCE_WEIGHTS));
        return new Person(0, first + " " + last, email(chance, first, last, emails), address, city.name(),
                city.state(), postalCode(chance, city.postalPattern()), city.country(), region.label(),
                jitter(chance, city.latitude()), jitter(chance, city.longitude()), birthDate, source,
                signUp(chance, region));
    }

    private static String email(Chance chance, String first, String last, Set<String> taken) {
        String local = ascii(first) + "." + ascii(last);
        String domain = chance.pick(SampleCatalogue.EMAIL_DOMAINS);
        String email = local + "@" + domain;
        for (int n = 2; !taken.add(email); n++) {
            email = local + n + "@" + domain;
        }
        return email;
    }

    private static String ascii(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT);
    }

    private static String postalCode(Chance chance, String pattern) {
        StringBuilder code = new StringBuilder(pattern.length());
        for (char c : pattern.toCharArray()) {
            code.append(c == '#' ? (char) ('0' + chance.between(0, 9)) : c);
        }
        return code.toString();
    }

    /** Within a few kilometres of the city centre, so a map shows clusters rather than a single dot. */
    private static BigDecimal jitter(Chance chance, double degrees) {
        return BigDecimal.valueOf(degrees + (chance.unit() - 0.5) * 0.1).setScale(6, RoundingMode.HALF_UP);
    }

    /** Sign-ups grow like the region's orders: inverse of the exponential growth curve's distribution. */
    private static Instant signUp(Chance chance, Region region) {
        Instant first = SampleTimeline.FIRST_SIGN_UP_DAY.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = SampleTimeline.LAST_ORDER_DAY.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        double spanYears = ChronoUnit.SECONDS.between(first, end) / (365.25 * 86_400);
        double growth = StrictMath.log(region.yearlyGrowth());
        double years = StrictMath.log1p(chance.unit() * StrictMath.expm1(growth * spanYears)) / growth;
        Instant at = first.plusSeconds((long) (years * 365.25 * 86_400));
        return at.isBefore(end) ? at : end.minusSeconds(1);
    }
}
