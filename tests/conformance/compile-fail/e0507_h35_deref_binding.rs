// Match ergonomics give references; dereferencing them to get a value moves.
#[derive(Debug)]
struct Note {
    pitch: u8,
    beats: u8,
}

#[derive(Debug)]
enum Event {
    Play(Note),
    Rest(u8),
    Chord(Note, Note),
}

fn duration(e: &Event) -> u8 {
    match e {
        Event::Play(n) => n.beats,
        Event::Rest(b) => *b,
        Event::Chord(a, b) => a.beats.max(b.beats),
    }
}

fn lead_note(e: &Event) -> Note {
    match e {
        Event::Play(n) => *n,
        Event::Chord(low, _) => Note { pitch: low.pitch, beats: low.beats },
        Event::Rest(b) => Note { pitch: 0, beats: *b },
    }
}

fn top_note(song: &[Event; 3]) -> Note {
    let mut best = Note { pitch: 0, beats: 0 };
    for e in song {
        if let Event::Chord(_, hi) = e {
            best = *hi;
        }
    }
    best
}

fn pitch_sum(song: &[Event; 3]) -> u32 {
    let mut s = 0;
    for e in song.iter() {
        match *e {
            Event::Play(Note { pitch, .. }) => s += pitch as u32,
            Event::Chord(Note { pitch: a, .. }, Note { pitch: b, .. }) => s += a as u32 + b as u32,
            Event::Rest(_) => {}
        }
    }
    s
}

fn main() {
    let song = [
        Event::Play(Note { pitch: 60, beats: 1 }),
        Event::Rest(2),
        Event::Chord(Note { pitch: 60, beats: 2 }, Note { pitch: 67, beats: 2 }),
    ];
    let mut total = 0;
    for e in &song {
        total += duration(e) as u32;
    }
    println!("{} {}", total, pitch_sum(&song));
    println!("{:?} {:?}", lead_note(&song[0]), top_note(&song));
}
