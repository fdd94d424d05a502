pub fn there() {}
