pub struct Circle {
    pub r: i32,
}

impl Circle {
    pub fn area_approx(&self) -> i32 {
        3 * self.r * self.r
    }
}
