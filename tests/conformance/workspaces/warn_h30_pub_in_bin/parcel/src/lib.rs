// A parcel-pricing library: pub items reachable from the root are API, never dead.
mod rates;
mod internal;

pub use rates::{price_cents, Zone};

pub struct Parcel {
    pub grams: u32,
    pub zone: Zone,
}

impl Parcel {
    pub const MAX_GRAMS: u32 = 30_000;

    pub fn fits(&self) -> bool {
        self.grams <= Parcel::MAX_GRAMS
    }

    pub(crate) fn volumetric(&self) -> u32 {
        self.grams / 5
    }

    fn insurance_band(&self) -> u8 {
        (self.grams / 10_000) as u8
    }
}

pub(crate) fn legacy_price(p: &Parcel) -> u32 {
    p.grams * internal::LEGACY_FACTOR
}
