use units::{Length, BOILING, CHEST_MM, FREEZING, SIZES, SIZE_NAMES};

const ROWS: usize = SIZES + 1;

fn state(celsius: i32) -> &'static str {
    match celsius {
        i32::MIN..=FREEZING => "ice",
        BOILING..=i32::MAX => "steam",
        _ => "water",
    }
}

fn main() {
    let mut table = [Length::ZERO; ROWS];
    for i in 0..SIZES {
        table[i + 1] = Length::from_mm(CHEST_MM[i]);
    }
    for i in 1..ROWS {
        let l = table[i];
        println!("{:<3} {:>5} in/100 {}", SIZE_NAMES[i - 1], l.inches_x100(), l == table[0]);
    }
    for t in [-5, 0, 37, 100, 120] {
        println!("{} {}", t, state(t));
    }
    println!("{}", units::MM_PER_INCH.count_ones());
}
