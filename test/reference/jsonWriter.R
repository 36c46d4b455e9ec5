# The JSON writer of the reference scripts (jsonlite is not part of r-base-core): json_value(x)
# writes named lists as objects, unnamed lists as arrays, numbers with 17 significant digits and NA
# as null; as_vector(x) marks a numeric vector to be written as an array even when it has one element.
json_number <- function(x) {
  if (is.null(x) || is.na(x)) return("null")
  sprintf("%.17g", x)
}
json_value <- function(x) {
  if (is.list(x)) {
    if (!is.null(names(x))) {
      fields <- mapply(function(name, value) sprintf("\"%s\": %s", name, json_value(value)),
                       names(x), x, USE.NAMES = FALSE)
      return(paste0("{", paste(fields, collapse = ", "), "}"))
    }
    return(paste0("[", paste(vapply(x, json_value, ""), collapse = ", "), "]"))
  }
  if (is.character(x)) return(sprintf("\"%s\"", x))
  if (length(x) == 1 && is.null(attr(x, "vector"))) return(json_number(x))
  paste0("[", paste(vapply(x, json_number, ""), collapse = ", "), "]")
}
as_vector <- function(x) { x <- as.numeric(x); attr(x, "vector") <- TRUE; x }
