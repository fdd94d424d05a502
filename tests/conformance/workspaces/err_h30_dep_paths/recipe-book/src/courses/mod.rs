pub mod desserts;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Course {
    Starter,
    Main,
    Dessert,
}
