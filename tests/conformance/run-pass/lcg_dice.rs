// Dice statistics from a deterministic linear congruential generator.
struct Lcg {
    state: u64,
}

impl Lcg {
    const MUL: u64 = 6364136223846793005;
    const INC: u64 = 1442695040888963407;

    fn next(&mut self) -> u32 {
        self.state = self.state.wrapping_mul(Self::MUL).wrapping_add(Self::INC);
        (self.state >> 33) as u32
    }

    fn roll(&mut self, sides: u32) -> u32 {
        self.next() % sides + 1
    }
}

fn main() {
    let mut rng = Lcg { state: 2024 };
    let mut counts = [0u32; 13];
    let trials = 6000;
    for _ in 0..trials {
        let total = rng.roll(6) + rng.roll(6);
        counts[total as usize] += 1;
    }
    for total in 2..=12 {
        let expected = (6 - (7i32 - total as i32).abs()) as f64 / 36.0 * trials as f64;
        let bar = counts[total] / 40;
        print!("{:>2} {:>5} (exp {:6.1}) ", total, counts[total], expected);
        for _ in 0..bar {
            print!("#");
        }
        println!();
    }
    let mut yahtzees = 0;
    for _ in 0..1000 {
        let first = rng.roll(6);
        let mut same = true;
        for _ in 0..4 {
            if rng.roll(6) != first {
                same = false;
            }
        }
        yahtzees += same as u32;
    }
    println!("yahtzees in 1000 throws: {}", yahtzees);
}
