// Allergy scores as bit flags over an enum with explicit discriminants.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Allergen {
    Eggs = 1,
    Peanuts = 2,
    Shellfish = 4,
    Strawberries = 8,
    Tomatoes = 16,
    Chocolate = 32,
    Pollen = 64,
    Cats = 128,
}

const ALL: [Allergen; 8] = [
    Allergen::Eggs,
    Allergen::Peanuts,
    Allergen::Shellfish,
    Allergen::Strawberries,
    Allergen::Tomatoes,
    Allergen::Chocolate,
    Allergen::Pollen,
    Allergen::Cats,
];

#[derive(Clone, Copy)]
struct Allergies {
    score: u32,
}

impl Allergies {
    fn new(score: u32) -> Self {
        Allergies { score: score & 0xff }
    }

    fn is_allergic_to(&self, a: Allergen) -> bool {
        self.score & a as u32 != 0
    }

    fn count(&self) -> u32 {
        self.score.count_ones()
    }

    fn worst(&self) -> Allergen {
        let bit = 31 - self.score.leading_zeros();
        ALL[bit as usize]
    }

    fn mildest(&self) -> Allergen {
        ALL[self.score.trailing_zeros() as usize]
    }
}

fn describe(p: &Allergies) {
    print!("score {:>3} ({:08b}):", p.score, p.score);
    if p.score == 0 {
        println!(" none");
        return;
    }
    for a in ALL {
        if p.is_allergic_to(a) {
            print!(" {:?}", a);
        }
    }
    println!();
    println!("    {} allergens, mildest {:?}, worst {:?}", p.count(), p.mildest(), p.worst());
}

fn main() {
    let patients = [0u32, 1, 5, 34, 255, 257, 509, 128];
    let mut union = 0u32;
    let mut inter = u32::MAX;
    for &s in patients.iter() {
        let p = Allergies::new(s);
        describe(&p);
        union |= p.score;
        inter &= p.score;
    }
    println!("union {:#x}, intersection {:#x}", union, inter);
    let mut single = 0;
    for s in patients {
        if (s & 0xff).is_power_of_two() {
            single += 1;
        }
    }
    println!("{} patients with exactly one allergy", single);
}
