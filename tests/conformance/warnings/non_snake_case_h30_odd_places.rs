// lints: non_snake_case non_camel_case_types non_upper_case_globals
// A chess clock ported from another language: naming slips in unusual places.

mod ClockFace {
    pub fn render(secs: u32) {
        println!("{:02}:{:02}", secs / 60, secs % 60);
    }
}

static increment_secs: u32 = 2;
static mut_moves: [u8; 2] = [0, 0];

#[derive(Debug, Clone, Copy, PartialEq)]
enum side {
    white_player,
    BlackPlayer,
}

struct Clock {
    remaining: [u32; 2],
}

impl Clock {
    const StartSecs: u32 = 300;

    fn Press(&mut self, s: side, spent: u32) {
        let i = if s == side::white_player { 0 } else { 1 };
        self.remaining[i] = self.remaining[i] - spent + increment_secs;
    }
}

fn total((WhiteLeft, black_left): (u32, u32)) -> u32 {
    WhiteLeft + black_left
}

fn show(Clock { remaining: [W, b] }: &Clock) {
    ClockFace::render(*W);
    ClockFace::render(*b);
}

fn main() {
    let mut c = Clock { remaining: [Clock::StartSecs; 2] };
    c.Press(side::white_player, 12);
    c.Press(side::BlackPlayer, 30);
    show(&c);
    for (Idx, &m) in mut_moves.iter().enumerate() {
        println!("{} {}", Idx, m);
    }
    match c.remaining {
        [First, _] if First > 290 => println!("white fast"),
        _ => println!("total {}", total((c.remaining[0], c.remaining[1]))),
    }
}
