use mosaic_h57::Wall;
use tiles_h57::{Glaze, Tile, GROUT_MM};

fn describe(g: Glaze) -> &'static str {
    match g {
        Glaze::Matte => "matte",
        Glaze::Gloss => "glossy",
        Glaze::Crackle => "crackled",
    }
}

pub fn unused_preview(w: &Wall) -> u32 {
    w.width_mm * w.height_mm
}

fn main() {
    let wall = Wall { width_mm: 2400, height_mm: 1200 };
    let options = [
        Tile { size_mm: 100, glaze: Glaze::Matte },
        Tile { size_mm: 150, glaze: Glaze::Gloss },
        Tile { size_mm: 75, glaze: Glaze::Crackle },
    ];
    for t in options {
        let cents = wall.price(t);
        println!("{}mm {}: {} tiles, ${}.{:02}", t.size_mm, describe(t.glaze), wall.tiles_needed(t), cents / 100, cents % 100);
    }
}
