#[derive(Debug)]
struct Song {
    title: &'static str,
    secs: u32,
}

#[derive(Debug)]
struct Playlist {
    name: &'static str,
    first: Song,
    second: Song,
}

fn duration(p: Playlist) -> u32 {
    p.first.secs + p.second.secs
}

fn longest(a: Song, b: Song) -> Song {
    if a.secs >= b.secs {
        a
    } else {
        b
    }
}

fn show(s: &Song) {
    println!("{} ({}s)", s.title, s.secs);
}

fn main() {
    let s1 = Song { title: "Intro", secs: 90 };
    let s2 = Song { title: "Theme", secs: 200 };
    let s3 = Song { title: "Outro", secs: 60 };
    let p = Playlist { name: "mix", first: s1, second: s2 };
    println!("{}", duration(p));
    println!("{}", p.name);
    show(&s1);
    let best = longest(s2, s3);
    show(&best);
    show(&s3);
    let copy = best;
    let again = best;
    let total = 0;
    for s in [copy, again] {
        total += s.secs;
    }
    let mut name = "x";
    println!("{} {}", total, name);
}
