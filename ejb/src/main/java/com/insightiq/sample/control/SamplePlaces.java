package com.insightiq.sample.control;

import static com.insightiq.sample.control.Region.ASIA_PACIFIC;
import static com.insightiq.sample.control.Region.EUROPE;
import static com.insightiq.sample.control.Region.LATIN_AMERICA;
import static com.insightiq.sample.control.Region.NORTH_AMERICA;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Where the sample shop's customers live, with real coordinates (for maps) and each country's sales-tax rate. */
final class SamplePlaces {
    private SamplePlaces() {
    }

    static final List<City> CITIES = List.of(
            new City("New York", "NY", "United States", NORTH_AMERICA, 40.7128, -74.0060, "100##", 12),
            new City("Los Angeles", "CA", "United States", NORTH_AMERICA, 34.0522, -118.2437, "900##", 10),
            new City("Chicago", "IL", "United States", NORTH_AMERICA, 41.8781, -87.6298, "606##", 8),
            new City("Houston", "TX", "United States", NORTH_AMERICA, 29.7604, -95.3698, "770##", 7),
            new City("Phoenix", "AZ", "United States", NORTH_AMERICA, 33.4484, -112.0740, "850##", 5),
            new City("Philadelphia", "PA", "United States", NORTH_AMERICA, 39.9526, -75.1652, "191##", 5),
            new City("San Francisco", "CA", "United States", NORTH_AMERICA, 37.7749, -122.4194, "941##", 6),
            new City("Seattle", "WA", "United States", NORTH_AMERICA, 47.6062, -122.3321, "981##", 5),
            new City("Denver", "CO", "United States", NORTH_AMERICA, 39.7392, -104.9903, "802##", 4),
            new City("Boston", "MA", "United States", NORTH_AMERICA, 42.3601, -71.0589, "021##", 4),
            new City("Atlanta", "GA", "United States", NORTH_AMERICA, 33.7490, -84.3880, "303##", 4),
            new City("Miami", "FL", "United States", NORTH_AMERICA, 25.7617, -80.1918, "331##", 4),
            new City("Austin", "TX", "United States", NORTH_AMERICA, 30.2672, -97.7431, "787##", 4),
            new City("Minneapolis", "MN", "United States", NORTH_AMERICA, 44.9778, -93.2650, "554##", 3),
            new City("Toronto", "ON", "Canada", NORTH_AMERICA, 43.6532, -79.3832, "M5# #A#", 6),
            new City("Vancouver", "BC", "Canada", NORTH_AMERICA, 49.2827, -123.1207, "V6# #B#", 4),
            new City("Montreal", "QC", "Canada", NORTH_AMERICA, 45.5017, -73.5673, "H2# #C#", 4),

            new City("London", "England", "United Kingdom", EUROPE, 51.5074, -0.1278, "EC# #AA", 10),
            new City("Manchester", "England", "United Kingdom", EUROPE, 53.4808, -2.2426, "M# #AB", 4),
            new City("Edinburgh", "Scotland", "United Kingdom", EUROPE, 55.9533, -3.1883, "EH# #AD", 2),
            new City("Berlin", "Berlin", "Germany", EUROPE, 52.5200, 13.4050, "10###", 7),
            new City("Munich", "Bavaria", "Germany", EUROPE, 48.1351, 11.5820, "80###", 5),
            new City("Hamburg", "Hamburg", "Germany", EUROPE, 53.5511, 9.9937, "20###", 4),
            new City("Paris", "Île-de-France", "France", EUROPE, 48.8566, 2.3522, "750##", 7),
            new City("Lyon", "Auvergne-Rhône-Alpes", "France", EUROPE, 45.7640, 4.8357, "690##", 3),
            new City("Amsterdam", "North Holland", "Netherlands", EUROPE, 52.3676, 4.9041, "10## AB", 4),
            new City("Madrid", "Madrid", "Spain", EUROPE, 40.4168, -3.7038, "280##", 4),
            new City("Barcelona", "Catalonia", "Spain", EUROPE, 41.3874, 2.1686, "080##", 4),
            new City("Milan", "Lombardy", "Italy", EUROPE, 45.4642, 9.1900, "201##", 4),
            new City("Rome", "Lazio", "Italy", EUROPE, 41.9028, 12.4964, "001##", 3),
            new City("Stockholm", "Stockholm", "Sweden", EUROPE, 59.3293, 18.0686, "11# ##", 3),
            new City("Warsaw", "Masovia", "Poland", EUROPE, 52.2297, 21.0122, "00-###", 3),
            new City("Vienna", "Vienna", "Austria", EUROPE, 48.2082, 16.3738, "1###", 3),
            new City("Zurich", "Zurich", "Switzerland", EUROPE, 47.3769, 8.5417, "80##", 3),

            new City("Tokyo", "Tokyo", "Japan", ASIA_PACIFIC, 35.6762, 139.6503, "1##-####", 8),
            new City("Osaka", "Osaka", "Japan", ASIA_PACIFIC, 34.6937, 135.5023, "5##-####", 4),
            new City("Sydney", "NSW", "Australia", ASIA_PACIFIC, -33.8688, 151.2093, "20##", 6),
            new City("Melbourne", "VIC", "Australia", ASIA_PACIFIC, -37.8136, 144.9631, "30##", 5),
            new City("Brisbane", "QLD", "Australia", ASIA_PACIFIC, -27.4698, 153.0251, "40##", 2),
            new City("Auckland", "Auckland", "New Zealand", ASIA_PACIFIC, -36.8509, 174.7645, "10##", 2),
            new City("Singapore", "Singapore", "Singapore", ASIA_PACIFIC, 1.3521, 103.8198, "0#####", 4),
            new City("Seoul", "Seoul", "South Korea", ASIA_PACIFIC, 37.5665, 126.9780, "0####", 5),
            new City("Bengaluru", "Karnataka", "India", ASIA_PACIFIC, 12.9716, 77.5946, "560###", 4),
            new City("Mumbai", "Maharashtra", "India", ASIA_PACIFIC, 19.0760, 72.8777, "400###", 4),

            new City("Mexico City", "CDMX", "Mexico", LATIN_AMERICA, 19.4326, -99.1332, "06###", 5),
            new City("Guadalajara", "Jalisco", "Mexico", LATIN_AMERICA, 20.6597, -103.3496, "44###", 2),
            new City("São Paulo", "SP", "Brazil", LATIN_AMERICA, -23.5505, -46.6333, "01###-###", 6),
            new City("Rio de Janeiro", "RJ", "Brazil", LATIN_AMERICA, -22.9068, -43.1729, "20###-###", 3),
            new City("Buenos Aires", "CABA", "Argentina", LATIN_AMERICA, -34.6037, -58.3816, "C1###AAA", 4),
            new City("Santiago", "RM", "Chile", LATIN_AMERICA, -33.4489, -70.6693, "83#####", 2),
            new City("Bogotá", "Bogotá D.C.", "Colombia", LATIN_AMERICA, 4.7110, -74.0721, "110###", 2));

    /** Sales tax (VAT, GST) charged on the discounted subtotal, by country; simplified to one rate per country. */
    static final Map<String, BigDecimal> TAX_RATES = Map.ofEntries(
            Map.entry("United States", new BigDecimal("0.0725")),
            Map.entry("Canada", new BigDecimal("0.13")),
            Map.entry("United Kingdom", new BigDecimal("0.20")),
            Map.entry("Germany", new BigDecimal("0.19")),
            Map.entry("France", new BigDecimal("0.20")),
            Map.entry("Netherlands", new BigDecimal("0.21")),
            Map.entry("Spain", new BigDecimal("0.21")),
            Map.entry("Italy", new BigDecimal("0.22")),
            Map.entry("Sweden", new BigDecimal("0.25")),
            Map.entry("Poland", new BigDecimal("0.23")),
            Map.entry("Austria", new BigDecimal("0.20")),
            Map.entry("Switzerland", new BigDecimal("0.081")),
            Map.entry("Japan", new BigDecimal("0.10")),
            Map.entry("Australia", new BigDecimal("0.10")),
            Map.entry("New Zealand", new BigDecimal("0.15")),
            Map.entry("Singapore", new BigDecimal("0.09")),
            Map.entry("South Korea", new BigDecimal("0.10")),
            Map.entry("India", new BigDecimal("0.18")),
            Map.entry("Mexico", new BigDecimal("0.16")),
            Map.entry("Brazil", new BigDecimal("0.17")),
            Map.entry("Argentina", new BigDecimal("0.21")),
            Map.entry("Chile", new BigDecimal("0.19")),
            Map.entry("Colombia", new BigDecimal("0.19")));

    static final List<String> STREETS = List.of("Oak", "Maple", "Cedar", "Park", "Lake", "Hill", "River", "Station",
            "Church", "Market", "Mill", "Garden", "Bridge", "Harbour", "Elm", "Willow", "King", "Queen", "Victoria",
            "Sunset", "Meadow", "Forest", "Highland", "Spring", "Chestnut", "Linden", "Orchard", "Union", "Castle",
            "Beacon");

    static final List<String> STREET_KINDS = List.of("Street", "Avenue", "Road", "Lane", "Way", "Boulevard", "Drive",
            "Place", "Court", "Terrace");
}
