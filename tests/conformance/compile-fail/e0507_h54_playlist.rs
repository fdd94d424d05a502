// Playlist exercise: songs with durations, shuffle by a fixed permutation.
#[derive(Debug, PartialEq)]
enum Genre {
    Rock,
    Jazz,
    Pop,
    Other(&'static str),
}

#[derive(Debug)]
struct Song {
    title: &'static str,
    seconds: u32,
    genre: Genre,
}

struct Playlist {
    songs: [Song; 4],
    current: usize,
}

impl Playlist {
    fn total_seconds(&self) -> u32 {
        let mut t = 0;
        for s in &self.songs {
            t += s.seconds;
        }
        t
    }

    fn now_playing(&self) -> &Song {
        &self.songs[self.current]
    }

    fn skip(&mut self) {
        self.current = (self.current + 1) % self.songs.len();
    }

    fn current_genre(&self) -> Genre {
        let song = self.now_playing();
        song.genre
    }

    fn count_genre(&self, g: &Genre) -> usize {
        let mut n = 0;
        for s in self.songs.iter() {
            if &s.genre == g {
                n += 1;
            }
        }
        n
    }
}

fn fmt_duration(total: u32) {
    println!("{}:{:02}", total / 60, total % 60);
}

fn main() {
    let mut p = Playlist {
        songs: [
            Song { title: "Blue Train", seconds: 643, genre: Genre::Jazz },
            Song { title: "Paranoid", seconds: 170, genre: Genre::Rock },
            Song { title: "Bad Guy", seconds: 194, genre: Genre::Pop },
            Song { title: "Clair de Lune", seconds: 300, genre: Genre::Other("classical") },
        ],
        current: 0,
    };
    fmt_duration(p.total_seconds());
    for _ in 0..3 {
        println!("now: {}", p.now_playing().title);
        p.skip();
    }
    println!("genre now: {:?}", p.current_genre());
    println!("rock songs: {}", p.count_genre(&Genre::Rock));
}
