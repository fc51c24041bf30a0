package org.qcommons.base.demo;

import java.util.List;
import java.util.Random;

/** Fictional people for demo data. No name here belongs to anyone in the source report. */
public final class DemoNames {

    static final List<String> FIRST = List.of(
            "Aisha",
            "Ben",
            "Catherine",
            "Dev",
            "Eleanor",
            "Farah",
            "George",
            "Hannah",
            "Imran",
            "Jess",
            "Kwame",
            "Laura",
            "Mohammed",
            "Niamh",
            "Owen",
            "Priya",
            "Rhys",
            "Sophie",
            "Tomasz",
            "Uma",
            "Victoria",
            "William",
            "Yasmin",
            "Zoe",
            "Alistair",
            "Bethan",
            "Callum",
            "Delyth",
            "Ewan",
            "Fiona",
            "Gareth",
            "Harriet",
            "Isla",
            "Jamal",
            "Kirsty",
            "Liam",
            "Megan",
            "Nathan",
            "Olivia",
            "Patrick",
            "Rosie",
            "Sanjay",
            "Tariq",
            "Amelia",
            "Bronwen",
            "Ciaran",
            "Daniel",
            "Esther",
            "Faisal");
    static final List<String> LAST = List.of(
            "Abbott",
            "Bennett",
            "Chaudhry",
            "Davies",
            "Evans",
            "Fletcher",
            "Green",
            "Hughes",
            "Iqbal",
            "Jenkins",
            "Khan",
            "Lloyd",
            "Morgan",
            "Nwosu",
            "O'Brien",
            "Patel",
            "Quinn",
            "Roberts",
            "Shah",
            "Thomas",
            "Underwood",
            "Vaughan",
            "Walsh",
            "Young",
            "Ahmed",
            "Barker",
            "Campbell",
            "Dixon",
            "Ellis",
            "Foster",
            "Gill",
            "Harrison",
            "Ingram",
            "Jones",
            "Kaur",
            "Lewis",
            "Mitchell",
            "Nash",
            "Owusu",
            "Price",
            "Reid",
            "Singh",
            "Turner",
            "Wilson",
            "Yates",
            "Armstrong",
            "Bell",
            "Cooper");
    static final List<String> PROFESSIONS = List.of(
            "Nurse",
            "Doctor",
            "Allied health professional",
            "Pharmacist",
            "Manager",
            "Data analyst",
            "Finance",
            "Improvement specialist",
            "Commissioner",
            "Midwife",
            "Paramedic",
            "Psychologist",
            "Researcher",
            "Patient representative",
            "Carer representative",
            "General practitioner",
            "Social care");
    static final List<String> TITLES = List.of(
            "Quality improvement lead",
            "Ward manager",
            "Consultant",
            "Clinical lead",
            "Head of improvement",
            "Senior analyst",
            "Practice manager",
            "Service manager",
            "Programme manager",
            "Matron",
            "Lecturer",
            "Improvement advisor",
            "Associate director");

    private DemoNames() {}

    public static String name(Random random) {
        return FIRST.get(random.nextInt(FIRST.size())) + " " + LAST.get(random.nextInt(LAST.size()));
    }

    public static String profession(Random random) {
        return PROFESSIONS.get(random.nextInt(PROFESSIONS.size()));
    }

    public static String title(Random random) {
        return TITLES.get(random.nextInt(TITLES.size()));
    }

    public static String emailFor(String name, int n) {
        return name.toLowerCase().replace("'", "").replace(' ', '.') + "." + n + "@example.nhs.uk";
    }
}
