// Yacht dice scoring with an enum of categories.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Category {
    Ones,
    Twos,
    Threes,
    Fours,
    Fives,
    Sixes,
    FullHouse,
    FourOfAKind,
    LittleStraight,
    BigStraight,
    Choice,
    Yacht,
}

type Dice = [u8; 5];

fn counts(dice: &Dice) -> [u8; 7] {
    let mut c = [0u8; 7];
    for &d in dice {
        c[d as usize] += 1;
    }
    c
}

fn score(dice: Dice, cat: Category) -> u32 {
    let c = counts(&dice);
    let total: u32 = {
        let mut t = 0u32;
        for d in dice {
            t += d as u32;
        }
        t
    };
    match cat {
        Category::Ones | Category::Twos | Category::Threes | Category::Fours | Category::Fives | Category::Sixes => {
            let face = cat as usize + 1;
            c[face] as u32 * face as u32
        }
        Category::FullHouse => {
            let mut three = false;
            let mut two = false;
            for &n in &c[1..] {
                match n {
                    3 => three = true,
                    2 => two = true,
                    _ => {}
                }
            }
            if three && two { total } else { 0 }
        }
        Category::FourOfAKind => {
            let mut s = 0;
            for face in 1..=6u32 {
                if c[face as usize] >= 4 {
                    s = face * 4;
                }
            }
            s
        }
        Category::LittleStraight | Category::BigStraight => {
            let lo = if cat == Category::LittleStraight { 1 } else { 2 };
            let mut ok = true;
            for face in lo..lo + 5 {
                ok &= c[face] == 1;
            }
            if ok { 30 } else { 0 }
        }
        Category::Choice => total,
        Category::Yacht => match c[dice[0] as usize] {
            5 => 50,
            _ => 0,
        },
    }
}

const ALL: [Category; 12] = [
    Category::Ones, Category::Twos, Category::Threes, Category::Fours, Category::Fives, Category::Sixes,
    Category::FullHouse, Category::FourOfAKind, Category::LittleStraight, Category::BigStraight,
    Category::Choice, Category::Yacht,
];

fn main() {
    let rolls: [Dice; 5] = [[2, 3, 4, 5, 6], [3, 3, 3, 5, 5], [4, 4, 4, 4, 2], [6, 6, 6, 6, 6], [1, 3, 2, 5, 4]];
    for roll in rolls {
        let mut best = (Category::Ones, 0);
        for cat in ALL {
            let s = score(roll, cat);
            if s > best.1 {
                best = (cat, s);
            }
        }
        println!("{:?}: best {:?} for {}", roll, best.0, best.1);
    }
    let sixes = score([6, 1, 6, 2, 6], Category::Sixes);
    println!("three sixes score {}", sixes);
}
