use garden_h57::{Bed, Crop, DEFAULT_BED};

fn yield_kg(b: &Bed) -> u32 {
    let per_row = match b.crop {
        Crop::Tomato => 6,
        Crop::Bean { climbing: true } => 4,
        Crop::Bean { climbs: false } => 2,
        Crop::Squash(n) => n as u32,
    };
    per_row * b.rows as u32
}

fn main() {
    let beds = [
        DEFAULT_BED,
        Bed { crop: Crop::Bean { climbing: true }, rows: 3 },
        Bed { crop: Crop::Squash(2, 1), rows: 1, sunny: false, mulch: true },
    ];
    for b in &beds {
        println!("{:?}: {} kg", b.crop, yield_kg(b));
    }
}
