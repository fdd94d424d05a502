pub struct Summary {
    pub min: i32,
    pub max: i32,
    pub mean: f64,
}

pub fn summarize(xs: &[i32]) -> Summary {
    let mut min = i32::MAX;
    let mut max = i32::MIN;
    let mut sum = 0;
    for &x in xs {
        min = min.min(x);
        max = max.max(x);
        sum += x;
    }
    Summary { min, max, mean: sum / xs.len() }
}
