pub struct Load {
    pub kg: u32,
    pub riders: u8,
}

impl Load {
    pub const PER_RIDER_KG: u32 = 75;

    pub fn estimate(riders: u8) -> Load {
        Load { kg: riders as u32 * Load::PER_RIDER_KG, riders }
    }
}
