// Inside a method, a field is referred to without `self.`, and a constant is misspelled.
const MAX_LEVEL: u32 = 10;

struct Hero {
    level: u32,
    xp: u32,
}

impl Hero {
    fn gain(&mut self, amount: u32) {
        self.xp += amount;
        while xp >= 100 && self.level < MAX_LEVLE {
            self.xp -= 100;
            self.level += 1;
        }
    }
}

fn main() {
    let mut h = Hero { level: 1, xp: 0 };
    h.gain(250);
    println!("{} {}", h.level, h.xp);
}
