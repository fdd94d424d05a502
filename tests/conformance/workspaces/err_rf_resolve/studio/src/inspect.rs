use shapes::Poly;

pub fn audit(p: &Poly) {
    println!("{}", p.name);
    println!("{}", shapes::secret_scale());
    println!("{}", shapes::internal::FACTOR);
    println!("{}", canvas::missing_fn());
    let scaled: u64 = p.perimeter();
    println!("{}", scaled);
}
