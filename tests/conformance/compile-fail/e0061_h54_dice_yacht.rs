// Yacht dice game scoring for a fixed hand of five dice.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Category {
    Ones,
    Sixes,
    FullHouse,
    FourOfAKind,
    LittleStraight,
    Yacht,
    Choice,
}

struct Hand {
    dice: [u8; 5],
}

impl Hand {
    fn counts(&self) -> [u8; 7] {
        let mut c = [0u8; 7];
        for &d in &self.dice {
            c[d as usize] += 1;
        }
        c
    }

    fn sum(&self) -> u32 {
        let mut s = 0;
        for d in self.dice {
            s += d as u32;
        }
        s
    }

    fn score(&self, cat: Category) -> u32 {
        let c = self.counts();
        match cat {
            Category::Ones => c[1] as u32,
            Category::Sixes => c[6] as u32 * 6,
            Category::FullHouse => {
                let mut has3 = false;
                let mut has2 = false;
                for n in c {
                    has3 |= n == 3;
                    has2 |= n == 2;
                }
                if has3 && has2 { self.sum() } else { 0 }
            }
            Category::FourOfAKind => {
                for face in 1..=6 {
                    if c[face] >= 4 {
                        return face as u32 * 4;
                    }
                }
                0
            }
            Category::LittleStraight => {
                if c[1..6] == [1, 1, 1, 1, 1] { 30 } else { 0 }
            }
            Category::Yacht => if self.dice[0] == self.dice[4] && c[self.dice[0] as usize] == 5 { 50 } else { 0 },
            Category::Choice => self.sum(),
        }
    }
}

fn best_category(hand: &Hand, cats: &[Category]) -> (Category, u32) {
    let mut best = (cats[0], hand.score(cats[0]));
    for &cat in cats {
        let s = hand.score(cat, true);
        if s > best.1 {
            best = (cat, s);
        }
    }
    best
}

fn main() {
    let hands = [
        Hand { dice: [3, 3, 3, 5, 5] },
        Hand { dice: [1, 2, 3, 4, 5] },
        Hand { dice: [6, 6, 6, 6, 2] },
        Hand { dice: [4, 4, 4, 4, 4] },
    ];
    let cats = [
        Category::Ones,
        Category::Sixes,
        Category::FullHouse,
        Category::FourOfAKind,
        Category::LittleStraight,
        Category::Yacht,
        Category::Choice,
    ];
    for h in hands.iter() {
        let (cat, s) = best_category(h, &cats);
        println!("{:?} -> {:?} for {}", h.dice, cat, s);
    }
    let total = best_category(&hands[0]);
    println!("{:?}", total);
}
