// lints: unused_variables
// Luhn checksum on card numbers given as digit arrays.
const CARD_LEN: usize = 16;

#[derive(Debug, Clone, Copy, PartialEq)]
enum CardKind {
    Visa,
    Master,
    Unknown,
}

struct Card {
    digits: [u8; CARD_LEN],
    kind: CardKind,
}

impl Card {
    fn from_digits(digits: [u8; CARD_LEN]) -> Card {
        let kind = match digits[0] {
            4 => CardKind::Visa,
            5 => CardKind::Master,
            _ => CardKind::Unknown,
        };
        Card { digits, kind }
    }

    fn luhn_sum(&self) -> u32 {
        let mut sum = 0u32;
        let len = self.digits.len();
        for (i, &d) in self.digits.iter().rev().enumerate() {
            let mut v = d as u32;
            if i % 2 == 1 {
                v *= 2;
                if v > 9 {
                    v -= 9;
                }
            }
            sum += v;
        }
        sum
    }

    fn is_valid(&self) -> bool {
        self.luhn_sum() % 10 == 0
    }

    fn masked_print(&self) {
        for (i, d) in self.digits.iter().enumerate() {
            if i < CARD_LEN - 4 {
                print!("*");
            } else {
                print!("{}", d);
            }
        }
        println!(" ({:?})", self.kind);
    }
}

fn check_digit(partial: &[u8]) -> u8 {
    let mut sum = 0u32;
    for (i, &d) in partial.iter().rev().enumerate() {
        let mut v = d as u32;
        if i % 2 == 0 {
            v *= 2;
            if v > 9 {
                v -= 9;
            }
        }
        sum += v;
    }
    ((10 - sum % 10) % 10) as u8
}

fn main() {
    let cards = [
        Card::from_digits([4, 5, 3, 9, 1, 4, 8, 8, 0, 3, 4, 3, 6, 4, 6, 7]),
        Card::from_digits([5, 1, 0, 5, 1, 0, 5, 1, 0, 5, 1, 0, 5, 1, 0, 0]),
        Card::from_digits([1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1, 2, 3, 4, 5, 6]),
    ];
    let mut valid = 0;
    for (idx, card) in cards.iter().enumerate() {
        card.masked_print();
        if card.is_valid() {
            valid += 1;
        }
    }
    println!("{} of {} valid", valid, cards.len());
    let partial = [4, 5, 3, 9, 1, 4, 8, 8, 0, 3, 4, 3, 6, 4, 6];
    println!("check digit: {}", check_digit(&partial));
}
