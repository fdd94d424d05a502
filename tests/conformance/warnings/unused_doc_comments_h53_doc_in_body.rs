// lints: unused_doc_comments
// Doc comments inside a function body on let statements; accepted with warnings.
fn main() {
    /// the number of widgets
    let widgets = 12;
    /// price per widget in cents
    let price = 250;
    let total = widgets * price;
    println!("{}", total);
}
