// Game settings: assignments whose left side is a constant, a function call
// and a literal.
const MAX_PLAYERS: u32 = 8;

struct Settings {
    players: u32,
    volume: u8,
}

fn default_volume() -> u8 {
    70
}

impl Settings {
    fn louder(&mut self) {
        if self.volume < 100 {
            self.volume += 10;
        }
    }
}

fn main() {
    let mut s = Settings { players: 4, volume: default_volume() };
    s.louder();
    if s.players > 6 {
        MAX_PLAYERS = s.players;
    }
    default_volume() = s.volume;
    let mut lives = 3;
    while lives > 0 {
        lives -= 1;
    }
    1 = lives;
    println!("{} {} {}", s.players, s.volume, lives);
}
