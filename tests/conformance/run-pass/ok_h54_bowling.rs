// Bowling score for a complete game given as a slice of rolls.
#[derive(Debug, PartialEq, Clone, Copy)]
enum Frame {
    Strike,
    Spare(u8),
    Open(u8, u8),
}

struct Game {
    rolls: [u8; 21],
    count: usize,
}

impl Game {
    fn new() -> Game {
        Game { rolls: [0; 21], count: 0 }
    }

    fn roll(&mut self, pins: u8) {
        assert!(pins <= 10, "too many pins");
        self.rolls[self.count] = pins;
        self.count += 1;
    }

    fn roll_many(&mut self, pins: &[u8]) {
        for &p in pins {
            self.roll(p);
        }
    }

    fn frame_at(&self, i: usize) -> Frame {
        if self.rolls[i] == 10 {
            Frame::Strike
        } else if self.rolls[i] + self.rolls[i + 1] == 10 {
            Frame::Spare(self.rolls[i])
        } else {
            Frame::Open(self.rolls[i], self.rolls[i + 1])
        }
    }

    fn score(&self) -> u32 {
        let mut total: u32 = 0;
        let mut i = 0;
        for _frame in 0..10 {
            match self.frame_at(i) {
                Frame::Strike => {
                    total += 10 + self.rolls[i + 1] as u32 + self.rolls[i + 2] as u32;
                    i += 1;
                }
                Frame::Spare(_) => {
                    total += 10 + self.rolls[i + 2] as u32;
                    i += 2;
                }
                Frame::Open(a, b) => {
                    total += (a + b) as u32;
                    i += 2;
                }
            }
        }
        total
    }
}

fn describe(f: Frame) -> &'static str {
    match f {
        Frame::Strike => "X",
        Frame::Spare(_) => "/",
        Frame::Open(0, 0) => "gutter",
        Frame::Open(..) => "open",
    }
}

fn main() {
    let mut perfect = Game::new();
    perfect.roll_many(&[10; 12]);
    println!("perfect game: {}", perfect.score());

    let mut g = Game::new();
    g.roll_many(&[9, 1, 10, 3, 4, 0, 0, 7, 3, 10, 10, 2, 8, 5, 4, 10, 10, 10]);
    println!("mixed game: {}", g.score());
    println!("first frame: {}", describe(g.frame_at(0)));
    println!("rolls used: {}", g.count);

    let mut spares = Game::new();
    spares.roll_many(&[5; 21]);
    assert_eq!(spares.score(), 150);
}
