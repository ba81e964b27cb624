package com.insightiq.sample.control;

import java.util.List;
import java.util.Map;

/** The words the sample is made of: people's names by region, product names by category, vendors, review phrases. */
final class SampleCatalogue {
    private SampleCatalogue() {
    }

    static final Map<Region, List<String>> FIRST_NAMES = Map.of(
            Region.NORTH_AMERICA, List.of("James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael",
                    "Linda", "David", "Elizabeth", "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica",
                    "Thomas", "Sarah", "Chris", "Karen", "Daniel", "Emily", "Matthew", "Ashley", "Anthony", "Olivia",
                    "Mark", "Emma", "Tyler", "Madison"),
            Region.EUROPE, List.of("Lukas", "Emma", "Leon", "Mia", "Hugo", "Léa", "Noah", "Sofia", "Oliver", "Amelia",
                    "Mateo", "Lucía", "Luca", "Giulia", "Finn", "Hanna", "Jakub", "Zuzanna", "Elias", "Freja",
                    "Lars", "Ingrid", "Arthur", "Chloé", "Daan", "Sanne", "Marco", "Chiara", "Felix", "Clara"),
            Region.ASIA_PACIFIC, List.of("Haruto", "Yui", "Sota", "Aoi", "Min-jun", "Seo-yeon", "Arjun", "Priya",
                    "Rohan", "Ananya", "Wei", "Mei", "Jack", "Charlotte", "Liam", "Isla", "Ren", "Hina", "Ji-ho",
                    "Ha-eun", "Aarav", "Diya", "Ethan", "Ruby", "Kai", "Sakura", "Daniel", "Grace", "Ravi", "Lakshmi"),
            Region.LATIN_AMERICA, List.of("Santiago", "Valentina", "Mateo", "Camila", "Sebastián", "Isabella",
                    "Diego", "Sofía", "Nicolás", "Mariana", "Gabriel", "Lucía", "Miguel", "Daniela", "João", "Ana",
                    "Pedro", "Beatriz", "Tomás", "Renata", "Lucas", "Julia", "Benjamín", "Martina", "Joaquín",
                    "Florencia", "Alejandro", "Fernanda", "Andrés", "Paula"));

    static final Map<Region, List<String>> LAST_NAMES = Map.of(
            Region.NORTH_AMERICA, List.of("Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis",
                    "Wilson", "Anderson", "Taylor", "Thomas", "Moore", "Martin", "Jackson", "Thompson", "White",
                    "Harris", "Clark", "Lewis", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Tremblay",
                    "Roy", "Gagnon", "Campbell", "Stewart"),
            Region.EUROPE, List.of("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Martin", "Bernard", "Dubois",
                    "Moreau", "Laurent", "García", "Fernández", "López", "Rossi", "Russo", "Ferrari", "de Vries",
                    "Jansen", "Nowak", "Kowalski", "Andersson", "Johansson", "Huber", "Gruber", "Meier", "Murphy",
                    "Evans", "Hughes", "Wood", "Bianchi"),
            Region.ASIA_PACIFIC, List.of("Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Kim", "Lee", "Park",
                    "Choi", "Jung", "Sharma", "Patel", "Singh", "Iyer", "Reddy", "Tan", "Lim", "Ng", "Wong", "Chen",
                    "Nguyen", "Smith", "Wilson", "Taylor", "Brown", "Williams", "Kelly", "Walker", "Yamamoto",
                    "Nakamura"),
            Region.LATIN_AMERICA, List.of("González", "Rodríguez", "Hernández", "López", "Martínez", "Pérez",
                    "Sánchez", "Ramírez", "Torres", "Flores", "Rivera", "Gómez", "Díaz", "Silva", "Santos", "Oliveira",
                    "Souza", "Costa", "Pereira", "Alves", "Fernández", "Romero", "Álvarez", "Muñoz", "Rojas",
                    "Castro", "Vargas", "Morales", "Ortiz", "Herrera"));

    static final List<String> EMAIL_DOMAINS = List.of("example.com", "example.net", "example.org",
            "mail.example.com", "inbox.example.net");

    /** Where people heard of the shop, with weights that add up to 100. */
    static final List<String> SOURCES = List.of("Organic", "Google", "Facebook", "Affiliate", "Twitter");
    static final int[] SOURCE_WEIGHTS = {30, 28, 18, 14, 10};

    static final List<String> CATEGORIES = List.of("Gadget", "Widget", "Gizmo", "Doohickey");

    /** Price range per category, in whole currency units. */
    static final Map<String, int[]> PRICE_RANGES = Map.of(
            "Gadget", new int[] {25, 150},
            "Widget", new int[] {15, 90},
            "Gizmo", new int[] {30, 120},
            "Doohickey", new int[] {10, 75});

    static final List<String> ADJECTIVES = List.of("Aerodynamic", "Durable", "Enormous", "Ergonomic", "Fantastic",
            "Gorgeous", "Heavy-Duty", "Incredible", "Intelligent", "Lightweight", "Mediocre", "Practical", "Rustic",
            "Sleek", "Small", "Synergistic", "Compact", "Portable", "Deluxe", "Classic");

    static final List<String> MATERIALS = List.of("Aluminum", "Bronze", "Concrete", "Copper", "Cotton", "Granite",
            "Iron", "Leather", "Linen", "Marble", "Paper", "Plastic", "Rubber", "Silk", "Steel", "Wooden", "Wool",
            "Glass", "Bamboo", "Ceramic");

    static final Map<String, List<String>> NOUNS = Map.of(
            "Gadget", List.of("Lamp", "Clock", "Speaker", "Charger", "Camera", "Keyboard", "Headphones", "Radio"),
            "Widget", List.of("Bottle", "Bag", "Wallet", "Hat", "Shoes", "Gloves", "Coat", "Backpack"),
            "Gizmo", List.of("Knife", "Computer", "Toucan", "Plate", "Bench", "Table", "Chair", "Pan"),
            "Doohickey", List.of("Clock", "Car", "Watch", "Keychain", "Bowl", "Mug", "Pencil", "Notebook"));

    static final List<String> VENDORS = List.of("Alpine Works", "Blue Harbor Trading", "Brightline Goods",
            "Cascade Supply Co.", "Copperfield & Sons", "Crescent Outfitters", "Driftwood Labs",
            "Evergreen Makers", "Foxglove Industries", "Granite Peak Co.", "Harbor Light Studio", "Ironbark Ltd.",
            "Juniper & Pine", "Kestrel Design", "Lantern Row", "Maple Lane Crafts", "Northwind Traders",
            "Oakridge Manufacturing", "Pebble Creek", "Quarry Hill", "Redwood Collective", "Saltmarsh Goods",
            "Silverleaf Inc.", "Tidewater Co.", "Upland Provisions", "Velvet Fern", "Willow & Stone", "Yarrow Labs",
            "Zephyr Supply", "Thornbury Electric");

    static final List<String> PRAISE = List.of("Exactly as described and arrived early.",
            "Great value for the price; would buy again.", "Solid build quality, feels like it will last.",
            "My whole family loves it.", "Works perfectly out of the box.", "Beautiful design and easy to use.",
            "Better than the more expensive one I had before.", "Five stars, no complaints at all.");

    static final List<String> MIXED = List.of("Does the job, nothing special.", "Decent, but the packaging was damaged.",
            "Good product, shipping took longer than promised.", "Okay for the price; the colour is a bit off.",
            "Works, but the instructions were confusing.", "Fine for occasional use.");

    static final List<String> COMPLAINTS = List.of("Stopped working after two weeks.",
            "Cheaply made, returned it.", "Not what the pictures showed.", "Arrived broken and support was slow.",
            "Would not recommend; it feels flimsy.", "Missing parts in the box.");
}
