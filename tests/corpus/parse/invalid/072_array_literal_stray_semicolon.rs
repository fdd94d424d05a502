fn main() {
    let weights = [0.2, 0.3, 0.5;];
    let total: f64 = weights.iter().sum();
    println!("{}", total);
}

#[cfg(test)]
mod tests {
    #[test]
    fn arithmetic_still_works() {
        assert_eq!(2 + 2, 4);
        assert!(10 > 3);
    }
}
