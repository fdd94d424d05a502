pub mod lexer;
pub mod token;

pub use token::Token;
