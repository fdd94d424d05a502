// A tiny text-adventure with mistakes spread over several functions and nested blocks.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Room {
    Hall,
    Kitchen,
    Cellar,
}

struct Game {
    room: Room,
    keys: u32,
    turns: u32,
}

impl Game {
    fn go(&mut self, target: Room) -> bool {
        if target == Room::Cellar {
            if self.keys == 0 {
                return "locked";
            }
        }
        self.room = target;
        self.turns += 1;
        true
    }

    fn score(&self) -> u32 {
        let base = self.keys * 10;
        {
            let penalty: u32 = self.turns;
            base - penalty
        }
    }
}

fn describe(room: Room) -> &'static str {
    match room {
        Room::Hall => "a long hall",
        Room::Kitchen => "a smoky kitchen",
        Room::Cellar => {
            let depth = 3;
            if depth > 2 { "a deep cellar" } else { depth }
        }
    }
}

fn main() {
    let mut g = Game { room: Room::Hall, keys: 0, turns: 0 };
    g.go(Room::Kitchen);
    g.keys += 1;
    let ok = g.go(Room::Cellar, 1);
    println!("{} {} {}", describe(g.room), ok, g.score());
    let missing = g.lamp;
    println!("{}", missing);
}
