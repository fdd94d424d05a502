fn main() {
    let values = vec![1, 2, 3];
    let doubled: Vec<i32> = values.iter().map(|x| -> i32 x * 2).collect();
    println!("{:?}", doubled);
}

#[cfg(test)]
mod tests {
    #[test]
    fn arithmetic_still_works() {
        assert_eq!(2 + 2, 4);
        assert!(10 > 3);
    }
}
