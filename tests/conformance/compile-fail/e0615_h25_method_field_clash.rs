// A playlist track where fields and methods share or nearly share names.
#[derive(Debug, Clone, Copy)]
struct Track {
    seconds: u32,
    rating: u8,
}

impl Track {
    fn minutes(&self) -> u32 {
        self.seconds / 60
    }

    // Method and field with the same name: both are allowed.
    fn rating(&self) -> u8 {
        self.rating.min(5)
    }

    fn is_long(&self) -> bool {
        // `minutes` is a method, used like a field.
        self.minutes > 5
    }
}

fn total_minutes(tracks: &[Track; 3]) -> u32 {
    let mut sum = 0;
    for t in tracks {
        sum += t.minutes();
    }
    sum
}

fn main() {
    let tracks = [
        Track { seconds: 200, rating: 4 },
        Track { seconds: 400, rating: 9 },
        Track { seconds: 90, rating: 2 },
    ];
    let first = tracks[0];
    println!("{} {}", first.rating, first.rating());
    println!("{}", total_minutes(&tracks));
    println!("{}", first.is_long());
    // Field called like a method.
    println!("{}", first.seconds());
    // Method read as a field through a reference.
    let r = &tracks[1];
    println!("{}", r.minutes);
    // Tuple index on a struct with named fields.
    println!("{}", first.0);
}
