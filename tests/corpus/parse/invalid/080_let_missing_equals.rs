fn main() {
    let limit 100;
    for i in 0..limit {
        if i % 25 == 0 {
            println!("{}", i);
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn arithmetic_still_works() {
        assert_eq!(2 + 2, 4);
        assert!(10 > 3);
    }
}
