pub mod layout;

pub use layout::Wall;
use tiles_h57::Glaze;

pub(crate) fn cost_cents(g: Glaze) -> u32 {
    match g {
        Glaze::Matte => 120,
        Glaze::Gloss => 150,
        Glaze::Crackle => 310,
    }
}

pub(crate) fn legacy_cost(_g: Glaze) -> u32 {
    99
}
