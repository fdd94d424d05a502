// A playlist with a cursor: the `&self` accessor hands out the current
// track by value, while the Copy-only accessors are fine.
#[derive(Debug)]
struct Track {
    id: u32,
    seconds: u32,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Repeat {
    Off,
    One,
    All,
}

struct Playlist {
    tracks: [Track; 3],
    pos: usize,
    repeat: Repeat,
    now: Track,
}

impl Playlist {
    fn repeat_mode(&self) -> Repeat {
        self.repeat
    }

    fn now_playing(&self) -> Track {
        self.now
    }

    fn now_id(&self) -> u32 {
        self.now.id
    }

    fn next_track(&self) -> Track {
        self.tracks[self.pos + 1]
    }

    fn total_seconds(&self) -> u32 {
        let mut sum = 0;
        for t in &self.tracks {
            sum += t.seconds;
        }
        sum
    }

    fn advance(&mut self) {
        self.pos = (self.pos + 1) % 3;
        if self.repeat == Repeat::Off && self.pos == 0 {
            self.repeat = Repeat::One;
        }
    }
}

fn main() {
    let mut p = Playlist {
        tracks: [
            Track { id: 1, seconds: 200 },
            Track { id: 2, seconds: 185 },
            Track { id: 3, seconds: 240 },
        ],
        pos: 0,
        repeat: Repeat::All,
        now: Track { id: 1, seconds: 200 },
    };
    p.advance();
    println!("{:?} {} {}", p.repeat_mode(), p.now_id(), p.total_seconds());
    println!("{:?} {:?}", p.now_playing(), p.next_track());
}
