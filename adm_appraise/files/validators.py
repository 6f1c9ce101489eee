"""The fast path's validators, generated from the models' JSON Schema: do not edit.

Written by ``python -m adm_appraise.files.fastgen`` (fastjsonschema 2.22.3) from
``schema.fast_schema``; ``files/fastpath.py`` uses them. SCHEMAS holds the schemas compiled
here, which fastpath.py also reads to shape a valid document as the models would.
"""

# flake8: noqa
# mypy: ignore-errors
# ruff: noqa
import re


class JsonSchemaValueException(ValueError):
    """A document the schema rejects (fastjsonschema's exception, without importing it)."""

    def __init__(self, message, value=None, name=None, definition=None, rule=None):
        super().__init__(message)


JsonSchemaValuesException = JsonSchemaValueException
Decimal = float  # YAML gives no Decimal: the generated type checks need not import decimal
NoneType = type(None)

REGEX_PATTERNS = {
    '^(?:19[0-9]{2}|2(?:0[0-9]{2}|1[0-9]{2}|200))(?:\\.\\.(?:19[0-9]{2}|2(?:0[0-9]{2}|1[0-9]{2}|200)))?$': re.compile('^(?:19[0-9]{2}|2(?:0[0-9]{2}|1[0-9]{2}|200))(?:\\.\\.(?:19[0-9]{2}|2(?:0[0-9]{2}|1[0-9]{2}|200)))?\\Z'),
    '^1/[1-9]$': re.compile('^1/[1-9]\\Z'),
    '^W[0-9]{3}$': re.compile('^W[0-9]{3}\\Z'),
    '^[a-z][a-z0-9_]*$': re.compile('^[a-z][a-z0-9_]*\\Z'),
}

SCHEMAS = {'criteria': {'$schema': 'http://json-schema.org/draft-07/schema#',
              '$defs': {'AcceptedWarning': {'additionalProperties': False,
                                            'properties': {'code': {'pattern': '^W[0-9]{3}$',
                                                                    'type': 'string'},
                                                           'file': {'minLength': 1, 'type': 'string'},
                                                           'option': {'maxLength': 64,
                                                                      'pattern': '^[a-z][a-z0-9_]*$',
                                                                      'type': 'string'},
                                                           'criterion': {'maxLength': 64,
                                                                         'pattern': '^[a-z][a-z0-9_]*$',
                                                                         'type': 'string'},
                                                           'reason': {'minLength': 1, 'type': 'string'},
                                                           'by': {'minLength': 1, 'type': 'string'},
                                                           'date': {'anyOf': [{'type': 'string'},
                                                                              {'type': 'null'}]}},
                                            'required': ['code', 'reason'],
                                            'type': 'object'},
                        'AppraisalMeta': {'additionalProperties': False,
                                          'properties': {'title': {'minLength': 1, 'type': 'string'},
                                                         'organisation': {'anyOf': [{'type': 'string'},
                                                                                    {'type': 'null'}]},
                                                         'date': {'anyOf': [{'type': 'string'},
                                                                            {'type': 'null'}]},
                                                         'description': {'anyOf': [{'type': 'string'},
                                                                                   {'type': 'null'}]},
                                                         'scale': {'$ref': '#/$defs/Scale'},
                                                         'baseline': {'maxLength': 64,
                                                                      'pattern': '^[a-z][a-z0-9_]*$',
                                                                      'type': 'string'},
                                                         'shortlist': {'$ref': '#/$defs/Shortlist',
                                                                       'default': {'top': 2,
                                                                                   'min_score': None,
                                                                                   'within': None}}},
                                          'required': ['title', 'scale'],
                                          'type': 'object'},
                        'CriterionSpec': {'additionalProperties': False,
                                          'properties': {'id': {'maxLength': 64,
                                                                'pattern': '^[a-z][a-z0-9_]*$',
                                                                'type': 'string'},
                                                         'name': {'minLength': 1, 'type': 'string'},
                                                         'weight': {'exclusiveMinimum': 0, 'type': 'number'},
                                                         'group': {'maxLength': 64,
                                                                   'pattern': '^[a-z][a-z0-9_]*$',
                                                                   'type': 'string'},
                                                         'description': {'anyOf': [{'type': 'string'},
                                                                                   {'type': 'null'}]},
                                                         'type': {'default': 'score',
                                                                  'enum': ['score', 'measure'],
                                                                  'type': 'string'},
                                                         'unit': {'anyOf': [{'type': 'string'},
                                                                            {'type': 'null'}]},
                                                         'direction': {'enum': ['lower', 'higher'],
                                                                       'type': 'string'},
                                                         'range': {'items': {'type': 'number'},
                                                                   'maxItems': 2,
                                                                   'minItems': 2,
                                                                   'type': 'array'},
                                                         'levels': {'additionalProperties': {'type': 'string'},
                                                                    'allOf': [{'propertyNames': {'type': 'integer'}}],
                                                                    'type': 'object'},
                                                         'value_function': {'$ref': '#/$defs/ValueFunctionSpec'}},
                                          'required': ['id', 'name'],
                                          'type': 'object'},
                        'EconomicsSpec': {'additionalProperties': False,
                                          'properties': {'base_year': {'maximum': 2200,
                                                                       'minimum': 1900,
                                                                       'type': 'integer'},
                                                         'price_base': {'anyOf': [{'type': 'string'},
                                                                                  {'type': 'null'}]},
                                                         'unit': {'default': '£m',
                                                                  'minLength': 1,
                                                                  'type': 'string'},
                                                         'discount': {'default': 'green_book',
                                                                      'enum': ['green_book',
                                                                               'green_book_health',
                                                                               'green_book_lower',
                                                                               'constant'],
                                                                      'type': 'string'},
                                                         'rate': {'maximum': 100,
                                                                  'minimum': 0,
                                                                  'type': 'number'},
                                                         'horizon': {'maximum': 1000,
                                                                     'minimum': 1,
                                                                     'type': 'integer'},
                                                         'optimism_bias': {'$ref': '#/$defs/OptimismBiasSpec'}},
                                          'required': ['base_year'],
                                          'type': 'object'},
                        'GateSpec': {'additionalProperties': False,
                                     'properties': {'id': {'maxLength': 64,
                                                           'pattern': '^[a-z][a-z0-9_]*$',
                                                           'type': 'string'},
                                                    'name': {'minLength': 1, 'type': 'string'},
                                                    'description': {'anyOf': [{'type': 'string'},
                                                                              {'type': 'null'}]}},
                                     'required': ['id', 'name'],
                                     'type': 'object'},
                        'GroupSpec': {'additionalProperties': False,
                                      'properties': {'swings': {'allOf': [{'propertyNames': {'maxLength': 64,
                                                                                             'pattern': '^[a-z][a-z0-9_]*$',
                                                                                             'type': 'string'}}],
                                                                'patternProperties': {'^[a-z][a-z0-9_]*$': {'maximum': 100,
                                                                                                            'minimum': 0,
                                                                                                            'type': 'number'}},
                                                                'propertyNames': {'maxLength': 64},
                                                                'type': 'object'},
                                                     'order': {'items': {'oneOf': [{'maxLength': 64,
                                                                                    'pattern': '^[a-z][a-z0-9_]*$',
                                                                                    'type': 'string'},
                                                                                   {'items': {'maxLength': 64,
                                                                                              'pattern': '^[a-z][a-z0-9_]*$',
                                                                                              'type': 'string'},
                                                                                    'minItems': 1,
                                                                                    'type': 'array'}]},
                                                               'minItems': 1,
                                                               'type': 'array'},
                                                     'formula': {'enum': ['centroid',
                                                                          'rank_sum',
                                                                          'reciprocal'],
                                                                 'type': 'string'},
                                                     'comparisons': {'allOf': [{'propertyNames': {'maxLength': 64,
                                                                                                  'pattern': '^[a-z][a-z0-9_]*$',
                                                                                                  'type': 'string'}}],
                                                                     'patternProperties': {'^[a-z][a-z0-9_]*$': {'allOf': [{'propertyNames': {'maxLength': 64,
                                                                                                                                              'pattern': '^[a-z][a-z0-9_]*$',
                                                                                                                                              'type': 'string'}}],
                                                                                                                 'patternProperties': {'^[a-z][a-z0-9_]*$': {'oneOf': [{'exclusiveMinimum': 0,
                                                                                                                                                                        'type': 'number'},
                                                                                                                                                                       {'pattern': '^1/[1-9]$',
                                                                                                                                                                        'type': 'string'}]}},
                                                                                                                 'propertyNames': {'maxLength': 64},
                                                                                                                 'type': 'object'}},
                                                                     'propertyNames': {'maxLength': 64},
                                                                     'type': 'object'},
                                                     'judges': {'additionalProperties': {'allOf': [{'propertyNames': {'maxLength': 64,
                                                                                                                      'pattern': '^[a-z][a-z0-9_]*$',
                                                                                                                      'type': 'string'}}],
                                                                                         'patternProperties': {'^[a-z][a-z0-9_]*$': {'allOf': [{'propertyNames': {'maxLength': 64,
                                                                                                                                                                  'pattern': '^[a-z][a-z0-9_]*$',
                                                                                                                                                                  'type': 'string'}}],
                                                                                                                                     'patternProperties': {'^[a-z][a-z0-9_]*$': {'oneOf': [{'exclusiveMinimum': 0,
                                                                                                                                                                                            'type': 'number'},
                                                                                                                                                                                           {'pattern': '^1/[1-9]$',
                                                                                                                                                                                            'type': 'string'}]}},
                                                                                                                                     'propertyNames': {'maxLength': 64},
                                                                                                                                     'type': 'object'}},
                                                                                         'propertyNames': {'maxLength': 64},
                                                                                         'type': 'object'},
                                                                'allOf': [{'propertyNames': {'minLength': 1,
                                                                                             'type': 'string'}}],
                                                                'propertyNames': {'minLength': 1},
                                                                'type': 'object'},
                                                     'judgements': {'allOf': [{'propertyNames': {'maxLength': 64,
                                                                                                 'pattern': '^[a-z][a-z0-9_]*$',
                                                                                                 'type': 'string'}}],
                                                                    'patternProperties': {'^[a-z][a-z0-9_]*$': {'allOf': [{'propertyNames': {'maxLength': 64,
                                                                                                                                             'pattern': '^[a-z][a-z0-9_]*$',
                                                                                                                                             'type': 'string'}}],
                                                                                                                'patternProperties': {'^[a-z][a-z0-9_]*$': {'oneOf': [{'enum': ['none',
                                                                                                                                                                                'very_weak',
                                                                                                                                                                                'weak',
                                                                                                                                                                                'moderate',
                                                                                                                                                                                'strong',
                                                                                                                                                                                'very_strong',
                                                                                                                                                                                'extreme'],
                                                                                                                                                                       'type': 'string'},
                                                                                                                                                                      {'items': {'enum': ['none',
                                                                                                                                                                                          'very_weak',
                                                                                                                                                                                          'weak',
                                                                                                                                                                                          'moderate',
                                                                                                                                                                                          'strong',
                                                                                                                                                                                          'very_strong',
                                                                                                                                                                                          'extreme'],
                                                                                                                                                                                 'type': 'string'},
                                                                                                                                                                       'maxItems': 2,
                                                                                                                                                                       'minItems': 2,
                                                                                                                                                                       'type': 'array'}]}},
                                                                                                                'propertyNames': {'maxLength': 64},
                                                                                                                'type': 'object'}},
                                                                    'propertyNames': {'maxLength': 64},
                                                                    'type': 'object'},
                                                     'name': {'minLength': 1, 'type': 'string'},
                                                     'description': {'anyOf': [{'type': 'string'},
                                                                               {'type': 'null'}]},
                                                     'group': {'maxLength': 64,
                                                               'pattern': '^[a-z][a-z0-9_]*$',
                                                               'type': 'string'},
                                                     'weight': {'exclusiveMinimum': 0, 'type': 'number'},
                                                     'method': {'enum': ['direct',
                                                                         'swing',
                                                                         'rank',
                                                                         'pairwise',
                                                                         'macbeth'],
                                                                'type': 'string'}},
                                      'required': ['name'],
                                      'type': 'object'},
                        'OptimismBiasSpec': {'additionalProperties': False,
                                             'properties': {'category': {'enum': ['standard_buildings',
                                                                                  'non_standard_buildings',
                                                                                  'standard_civil_engineering',
                                                                                  'non_standard_civil_engineering',
                                                                                  'equipment_development',
                                                                                  'outsourcing'],
                                                                         'type': 'string'},
                                                            'mix': {'additionalProperties': {'minimum': 0,
                                                                                             'type': 'number'},
                                                                    'allOf': [{'propertyNames': {'enum': ['standard_buildings',
                                                                                                          'non_standard_buildings',
                                                                                                          'standard_civil_engineering',
                                                                                                          'non_standard_civil_engineering',
                                                                                                          'equipment_development',
                                                                                                          'outsourcing'],
                                                                                                 'type': 'string'}}],
                                                                    'propertyNames': {'enum': ['standard_buildings',
                                                                                               'non_standard_buildings',
                                                                                               'standard_civil_engineering',
                                                                                               'non_standard_civil_engineering',
                                                                                               'equipment_development',
                                                                                               'outsourcing']},
                                                                    'type': 'object'},
                                                            'capital': {'minimum': 0, 'type': 'number'},
                                                            'operating': {'minimum': 0, 'type': 'number'},
                                                            'mitigation': {'default': 0.0,
                                                                           'maximum': 100,
                                                                           'minimum': 0,
                                                                           'type': 'number'},
                                                            'evidence': {'default': [],
                                                                         'items': {'type': 'string'},
                                                                         'type': 'array'},
                                                            'rationale': {'anyOf': [{'type': 'string'},
                                                                                    {'type': 'null'}]}},
                                             'type': 'object'},
                        'PanelSettings': {'additionalProperties': False,
                                          'properties': {'aggregate': {'default': 'median',
                                                                       'enum': ['median', 'mean'],
                                                                       'type': 'string'},
                                                         'disagreement': {'default': 2.0,
                                                                          'exclusiveMinimum': 0,
                                                                          'type': 'number'}},
                                          'type': 'object'},
                        'Scale': {'additionalProperties': False,
                                  'properties': {'min': {'type': 'number'}, 'max': {'type': 'number'}},
                                  'required': ['min', 'max'],
                                  'type': 'object'},
                        'Scenario': {'additionalProperties': False,
                                     'properties': {'description': {'anyOf': [{'type': 'string'},
                                                                              {'type': 'null'}]},
                                                    'weights': {'additionalProperties': {'minimum': 0,
                                                                                         'type': 'number'},
                                                                'allOf': [{'propertyNames': {'type': 'string'}}],
                                                                'type': 'object'}},
                                     'required': ['weights'],
                                     'type': 'object'},
                        'Shortlist': {'additionalProperties': False,
                                      'properties': {'top': {'minimum': 1, 'type': 'integer'},
                                                     'min_score': {'maximum': 100,
                                                                   'minimum': 0,
                                                                   'type': 'number'},
                                                     'within': {'maximum': 100,
                                                                'minimum': 0,
                                                                'type': 'number'}},
                                      'type': 'object'},
                        'ValueFunctionSpec': {'additionalProperties': False,
                                              'properties': {'type': {'enum': ['piecewise',
                                                                               'discrete',
                                                                               'exponential',
                                                                               'macbeth'],
                                                                      'type': 'string'},
                                                             'points': {'items': {'items': {'type': 'number'},
                                                                                  'maxItems': 2,
                                                                                  'minItems': 2,
                                                                                  'type': 'array'},
                                                                        'minItems': 2,
                                                                        'type': 'array'},
                                                             'values': {'additionalProperties': {'type': 'number'},
                                                                        'allOf': [{'propertyNames': {'type': 'integer'}}],
                                                                        'type': 'object'},
                                                             'shape': {'maximum': 50,
                                                                       'minimum': -50,
                                                                       'type': 'number'},
                                                             'judgements': {'additionalProperties': {'additionalProperties': {'oneOf': [{'enum': ['none',
                                                                                                                                                  'very_weak',
                                                                                                                                                  'weak',
                                                                                                                                                  'moderate',
                                                                                                                                                  'strong',
                                                                                                                                                  'very_strong',
                                                                                                                                                  'extreme'],
                                                                                                                                         'type': 'string'},
                                                                                                                                        {'items': {'enum': ['none',
                                                                                                                                                            'very_weak',
                                                                                                                                                            'weak',
                                                                                                                                                            'moderate',
                                                                                                                                                            'strong',
                                                                                                                                                            'very_strong',
                                                                                                                                                            'extreme'],
                                                                                                                                                   'type': 'string'},
                                                                                                                                         'maxItems': 2,
                                                                                                                                         'minItems': 2,
                                                                                                                                         'type': 'array'}]},
                                                                                                     'allOf': [{'propertyNames': {'type': 'integer'}}],
                                                                                                     'type': 'object'},
                                                                            'allOf': [{'propertyNames': {'type': 'integer'}}],
                                                                            'type': 'object'}},
                                              'required': ['type'],
                                              'type': 'object'},
                        'WeightingSpec': {'additionalProperties': False,
                                          'properties': {'swings': {'allOf': [{'propertyNames': {'maxLength': 64,
                                                                                                 'pattern': '^[a-z][a-z0-9_]*$',
                                                                                                 'type': 'string'}}],
                                                                    'patternProperties': {'^[a-z][a-z0-9_]*$': {'maximum': 100,
                                                                                                                'minimum': 0,
                                                                                                                'type': 'number'}},
                                                                    'propertyNames': {'maxLength': 64},
                                                                    'type': 'object'},
                                                         'order': {'items': {'oneOf': [{'maxLength': 64,
                                                                                        'pattern': '^[a-z][a-z0-9_]*$',
                                                                                        'type': 'string'},
                                                                                       {'items': {'maxLength': 64,
                                                                                                  'pattern': '^[a-z][a-z0-9_]*$',
                                                                                                  'type': 'string'},
                                                                                        'minItems': 1,
                                                                                        'type': 'array'}]},
                                                                   'minItems': 1,
                                                                   'type': 'array'},
                                                         'formula': {'enum': ['centroid',
                                                                              'rank_sum',
                                                                              'reciprocal'],
                                                                     'type': 'string'},
                                                         'comparisons': {'allOf': [{'propertyNames': {'maxLength': 64,
                                                                                                      'pattern': '^[a-z][a-z0-9_]*$',
                                                                                                      'type': 'string'}}],
                                                                         'patternProperties': {'^[a-z][a-z0-9_]*$': {'allOf': [{'propertyNames': {'maxLength': 64,
                                                                                                                                                  'pattern': '^[a-z][a-z0-9_]*$',
                                                                                                                                                  'type': 'string'}}],
                                                                                                                     'patternProperties': {'^[a-z][a-z0-9_]*$': {'oneOf': [{'exclusiveMinimum': 0,
                                                                                                                                                                            'type': 'number'},
                                                                                                                                                                           {'pattern': '^1/[1-9]$',
                                                                                                                                                                            'type': 'string'}]}},
                                                                                                                     'propertyNames': {'maxLength': 64},
                                                                                                                     'type': 'object'}},
                                                                         'propertyNames': {'maxLength': 64},
                                                                         'type': 'object'},
                                                         'judges': {'additionalProperties': {'allOf': [{'propertyNames': {'maxLength': 64,
                                                                                                                          'pattern': '^[a-z][a-z0-9_]*$',
                                                                                                                          'type': 'string'}}],
                                                                                             'patternProperties': {'^[a-z][a-z0-9_]*$': {'allOf': [{'propertyNames': {'maxLength': 64,
                                                                                                                                                                      'pattern': '^[a-z][a-z0-9_]*$',
                                                                                                                                                                      'type': 'string'}}],
                                                                                                                                         'patternProperties': {'^[a-z][a-z0-9_]*$': {'oneOf': [{'exclusiveMinimum': 0,
                                                                                                                                                                                                'type': 'number'},
                                                                                                                                                                                               {'pattern': '^1/[1-9]$',
                                                                                                                                                                                                'type': 'string'}]}},
                                                                                                                                         'propertyNames': {'maxLength': 64},
                                                                                                                                         'type': 'object'}},
                                                                                             'propertyNames': {'maxLength': 64},
                                                                                             'type': 'object'},
                                                                    'allOf': [{'propertyNames': {'minLength': 1,
                                                                                                 'type': 'string'}}],
                                                                    'propertyNames': {'minLength': 1},
                                                                    'type': 'object'},
                                                         'judgements': {'allOf': [{'propertyNames': {'maxLength': 64,
                                                                                                     'pattern': '^[a-z][a-z0-9_]*$',
                                                                                                     'type': 'string'}}],
                                                                        'patternProperties': {'^[a-z][a-z0-9_]*$': {'allOf': [{'propertyNames': {'maxLength': 64,
                                                                                                                                                 'pattern': '^[a-z][a-z0-9_]*$',
                                                                                                                                                 'type': 'string'}}],
                                                                                                                    'patternProperties': {'^[a-z][a-z0-9_]*$': {'oneOf': [{'enum': ['none',
                                                                                                                                                                                    'very_weak',
                                                                                                                                                                                    'weak',
                                                                                                                                                                                    'moderate',
                                                                                                                                                                                    'strong',
                                                                                                                                                                                    'very_strong',
                                                                                                                                                                                    'extreme'],
                                                                                                                                                                           'type': 'string'},
                                                                                                                                                                          {'items': {'enum': ['none',
                                                                                                                                                                                              'very_weak',
                                                                                                                                                                                              'weak',
                                                                                                                                                                                              'moderate',
                                                                                                                                                                                              'strong',
                                                                                                                                                                                              'very_strong',
                                                                                                                                                                                              'extreme'],
                                                                                                                                                                                     'type': 'string'},
                                                                                                                                                                           'maxItems': 2,
                                                                                                                                                                           'minItems': 2,
                                                                                                                                                                           'type': 'array'}]}},
                                                                                                                    'propertyNames': {'maxLength': 64},
                                                                                                                    'type': 'object'}},
                                                                        'propertyNames': {'maxLength': 64},
                                                                        'type': 'object'},
                                                         'method': {'default': 'direct',
                                                                    'enum': ['direct',
                                                                             'swing',
                                                                             'rank',
                                                                             'pairwise',
                                                                             'macbeth'],
                                                                    'type': 'string'},
                                                         'participants': {'default': [],
                                                                          'items': {'minLength': 1,
                                                                                    'type': 'string'},
                                                                          'type': 'array'},
                                                         'date': {'anyOf': [{'type': 'string'},
                                                                            {'type': 'null'}]},
                                                         'rationale': {'anyOf': [{'type': 'string'},
                                                                                 {'type': 'null'}]},
                                                         'groups': {'allOf': [{'propertyNames': {'maxLength': 64,
                                                                                                 'pattern': '^[a-z][a-z0-9_]*$',
                                                                                                 'type': 'string'}}],
                                                                    'default': {},
                                                                    'patternProperties': {'^[a-z][a-z0-9_]*$': {'$ref': '#/$defs/GroupSpec'}},
                                                                    'propertyNames': {'maxLength': 64},
                                                                    'type': 'object'}},
                                          'type': 'object'}},
              'additionalProperties': False,
              'properties': {'appraisal': {'$ref': '#/$defs/AppraisalMeta'},
                             'weighting': {'$ref': '#/$defs/WeightingSpec'},
                             'criteria': {'items': {'$ref': '#/$defs/CriterionSpec'},
                                          'minItems': 1,
                                          'type': 'array'},
                             'gates': {'default': [], 'items': {'$ref': '#/$defs/GateSpec'}, 'type': 'array'},
                             'scenarios': {'allOf': [{'propertyNames': {'maxLength': 64,
                                                                        'pattern': '^[a-z][a-z0-9_]*$',
                                                                        'type': 'string'}}],
                                           'default': {},
                                           'patternProperties': {'^[a-z][a-z0-9_]*$': {'$ref': '#/$defs/Scenario'}},
                                           'propertyNames': {'maxLength': 64},
                                           'type': 'object'},
                             'economics': {'$ref': '#/$defs/EconomicsSpec'},
                             'panel': {'$ref': '#/$defs/PanelSettings'},
                             'accepted': {'default': [],
                                          'items': {'$ref': '#/$defs/AcceptedWarning'},
                                          'type': 'array'}},
              'required': ['appraisal', 'criteria'],
              'type': 'object'},
 'option': {'$schema': 'http://json-schema.org/draft-07/schema#',
            '$defs': {'CashLineEntry': {'additionalProperties': False,
                                        'properties': {'by_year': {'additionalProperties': {'type': 'number'},
                                                                   'allOf': [{'propertyNames': {'anyOf': [{'type': 'integer'},
                                                                                                          {'type': 'string'}]}}],
                                                                   'propertyNames': {'pattern': '^(?:19[0-9]{2}|2(?:0[0-9]{2}|1[0-9]{2}|200))(?:\\.\\.(?:19[0-9]{2}|2(?:0[0-9]{2}|1[0-9]{2}|200)))?$'},
                                                                   'type': 'object'},
                                                       'low': {'type': 'number'},
                                                       'high': {'type': 'number'},
                                                       'description': {'anyOf': [{'type': 'string'},
                                                                                 {'type': 'null'}]}},
                                        'required': ['by_year'],
                                        'type': 'object'},
                      'CostsSpec': {'additionalProperties': False,
                                    'properties': {'capital': {'oneOf': [{'additionalProperties': {'type': 'number'},
                                                                          'allOf': [{'propertyNames': {'anyOf': [{'type': 'integer'},
                                                                                                                 {'type': 'string'}]}}],
                                                                          'propertyNames': {'pattern': '^(?:19[0-9]{2}|2(?:0[0-9]{2}|1[0-9]{2}|200))(?:\\.\\.(?:19[0-9]{2}|2(?:0[0-9]{2}|1[0-9]{2}|200)))?$'},
                                                                          'type': 'object'},
                                                                         {'$ref': '#/$defs/CashLineEntry'}]},
                                                   'operating': {'oneOf': [{'additionalProperties': {'type': 'number'},
                                                                            'allOf': [{'propertyNames': {'anyOf': [{'type': 'integer'},
                                                                                                                   {'type': 'string'}]}}],
                                                                            'propertyNames': {'pattern': '^(?:19[0-9]{2}|2(?:0[0-9]{2}|1[0-9]{2}|200))(?:\\.\\.(?:19[0-9]{2}|2(?:0[0-9]{2}|1[0-9]{2}|200)))?$'},
                                                                            'type': 'object'},
                                                                           {'$ref': '#/$defs/CashLineEntry'}]},
                                                   'optimism_bias': {'$ref': '#/$defs/OptimismBiasSpec'}},
                                    'type': 'object'},
                      'GateEntry': {'additionalProperties': False,
                                    'properties': {'result': {'enum': ['pass', 'fail', 'conditional'],
                                                              'type': 'string'},
                                                   'rationale': {'anyOf': [{'type': 'string'},
                                                                           {'type': 'null'}]}},
                                    'required': ['result'],
                                    'type': 'object'},
                      'OptimismBiasSpec': {'additionalProperties': False,
                                           'properties': {'category': {'enum': ['standard_buildings',
                                                                                'non_standard_buildings',
                                                                                'standard_civil_engineering',
                                                                                'non_standard_civil_engineering',
                                                                                'equipment_development',
                                                                                'outsourcing'],
                                                                       'type': 'string'},
                                                          'mix': {'additionalProperties': {'minimum': 0,
                                                                                           'type': 'number'},
                                                                  'allOf': [{'propertyNames': {'enum': ['standard_buildings',
                                                                                                        'non_standard_buildings',
                                                                                                        'standard_civil_engineering',
                                                                                                        'non_standard_civil_engineering',
                                                                                                        'equipment_development',
                                                                                                        'outsourcing'],
                                                                                               'type': 'string'}}],
                                                                  'propertyNames': {'enum': ['standard_buildings',
                                                                                             'non_standard_buildings',
                                                                                             'standard_civil_engineering',
                                                                                             'non_standard_civil_engineering',
                                                                                             'equipment_development',
                                                                                             'outsourcing']},
                                                                  'type': 'object'},
                                                          'capital': {'minimum': 0, 'type': 'number'},
                                                          'operating': {'minimum': 0, 'type': 'number'},
                                                          'mitigation': {'default': 0.0,
                                                                         'maximum': 100,
                                                                         'minimum': 0,
                                                                         'type': 'number'},
                                                          'evidence': {'default': [],
                                                                       'items': {'type': 'string'},
                                                                       'type': 'array'},
                                                          'rationale': {'anyOf': [{'type': 'string'},
                                                                                  {'type': 'null'}]}},
                                           'type': 'object'},
                      'Origin': {'additionalProperties': False,
                                 'properties': {'scope': {'maxLength': 64,
                                                          'pattern': '^[a-z][a-z0-9_]*$',
                                                          'type': 'string'},
                                                'solution': {'maxLength': 64,
                                                             'pattern': '^[a-z][a-z0-9_]*$',
                                                             'type': 'string'},
                                                'delivery': {'maxLength': 64,
                                                             'pattern': '^[a-z][a-z0-9_]*$',
                                                             'type': 'string'},
                                                'implementation': {'maxLength': 64,
                                                                   'pattern': '^[a-z][a-z0-9_]*$',
                                                                   'type': 'string'},
                                                'funding': {'maxLength': 64,
                                                            'pattern': '^[a-z][a-z0-9_]*$',
                                                            'type': 'string'}},
                                 'type': 'object'},
                      'ScoreEntry': {'additionalProperties': False,
                                     'properties': {'score': {'type': 'number'},
                                                    'value': {'type': 'number'},
                                                    'low': {'type': 'number'},
                                                    'high': {'type': 'number'},
                                                    'rationale': {'anyOf': [{'type': 'string'},
                                                                            {'type': 'null'}]},
                                                    'evidence': {'default': [],
                                                                 'items': {'type': 'string'},
                                                                 'type': 'array'},
                                                    'moderation': {'anyOf': [{'type': 'string'},
                                                                             {'type': 'null'}]}},
                                     'type': 'object'}},
            'additionalProperties': False,
            'properties': {'id': {'maxLength': 64, 'pattern': '^[a-z][a-z0-9_]*$', 'type': 'string'},
                           'name': {'minLength': 1, 'type': 'string'},
                           'description': {'anyOf': [{'type': 'string'}, {'type': 'null'}]},
                           'role': {'enum': ['business_as_usual', 'do_minimum', 'preferred', 'alternative'],
                                    'type': 'string'},
                           'origin': {'$ref': '#/$defs/Origin'},
                           'gates': {'additionalProperties': {'oneOf': [{'enum': ['pass',
                                                                                  'fail',
                                                                                  'conditional'],
                                                                         'type': 'string'},
                                                                        {'$ref': '#/$defs/GateEntry'}]},
                                     'allOf': [{'propertyNames': {'type': 'string'}}],
                                     'default': {},
                                     'type': 'object'},
                           'scores': {'additionalProperties': {'oneOf': [{'type': 'number'},
                                                                         {'$ref': '#/$defs/ScoreEntry'}]},
                                      'allOf': [{'propertyNames': {'type': 'string'}}],
                                      'default': {},
                                      'type': 'object'},
                           'costs': {'$ref': '#/$defs/CostsSpec'},
                           'benefits': {'allOf': [{'propertyNames': {'maxLength': 64,
                                                                     'pattern': '^[a-z][a-z0-9_]*$',
                                                                     'type': 'string'}}],
                                        'default': {},
                                        'patternProperties': {'^[a-z][a-z0-9_]*$': {'oneOf': [{'additionalProperties': {'type': 'number'},
                                                                                               'allOf': [{'propertyNames': {'anyOf': [{'type': 'integer'},
                                                                                                                                      {'type': 'string'}]}}],
                                                                                               'propertyNames': {'pattern': '^(?:19[0-9]{2}|2(?:0[0-9]{2}|1[0-9]{2}|200))(?:\\.\\.(?:19[0-9]{2}|2(?:0[0-9]{2}|1[0-9]{2}|200)))?$'},
                                                                                               'type': 'object'},
                                                                                              {'$ref': '#/$defs/CashLineEntry'}]}},
                                        'propertyNames': {'maxLength': 64},
                                        'type': 'object'}},
            'required': ['id', 'name'],
            'type': 'object'},
 'panel': {'$schema': 'http://json-schema.org/draft-07/schema#',
           '$defs': {'Assessor': {'additionalProperties': False,
                                  'properties': {'id': {'maxLength': 64,
                                                        'pattern': '^[a-z][a-z0-9_]*$',
                                                        'type': 'string'},
                                                 'name': {'minLength': 1, 'type': 'string'},
                                                 'role': {'minLength': 1, 'type': 'string'},
                                                 'organisation': {'anyOf': [{'type': 'string'},
                                                                            {'type': 'null'}]}},
                                  'required': ['id', 'name', 'role'],
                                  'type': 'object'},
                     'Conflict': {'additionalProperties': False,
                                  'properties': {'option': {'type': 'string'},
                                                 'reason': {'minLength': 1, 'type': 'string'}},
                                  'required': ['option', 'reason'],
                                  'type': 'object'},
                     'PanelScoreEntry': {'additionalProperties': False,
                                         'properties': {'score': {'type': 'number'},
                                                        'low': {'type': 'number'},
                                                        'high': {'type': 'number'},
                                                        'rationale': {'anyOf': [{'type': 'string'},
                                                                                {'type': 'null'}]},
                                                        'evidence': {'default': [],
                                                                     'items': {'type': 'string'},
                                                                     'type': 'array'},
                                                        'abstain': {'minLength': 1, 'type': 'string'},
                                                        'dissent': {'minLength': 1, 'type': 'string'}},
                                         'type': 'object'}},
           'additionalProperties': False,
           'properties': {'assessor': {'$ref': '#/$defs/Assessor'},
                          'interests': {'anyOf': [{'type': 'string'}, {'type': 'null'}]},
                          'conflicts': {'default': [],
                                        'items': {'$ref': '#/$defs/Conflict'},
                                        'type': 'array'},
                          'scores': {'additionalProperties': {'additionalProperties': {'oneOf': [{'type': 'number'},
                                                                                                 {'$ref': '#/$defs/PanelScoreEntry'}]},
                                                              'allOf': [{'propertyNames': {'type': 'string'}}],
                                                              'type': 'object'},
                                     'allOf': [{'propertyNames': {'type': 'string'}}],
                                     'type': 'object'}},
           'required': ['assessor', 'scores'],
           'type': 'object'},
 'longlist': {'$schema': 'http://json-schema.org/draft-07/schema#',
              '$defs': {'ChoiceAssessmentEntry': {'additionalProperties': False,
                                                  'properties': {'result': {'enum': ['meets',
                                                                                     'partly',
                                                                                     'fails'],
                                                                            'type': 'string'},
                                                                 'rationale': {'anyOf': [{'type': 'string'},
                                                                                         {'type': 'null'}]}},
                                                  'required': ['result'],
                                                  'type': 'object'},
                        'ChoiceSpec': {'additionalProperties': False,
                                       'properties': {'id': {'maxLength': 64,
                                                             'pattern': '^[a-z][a-z0-9_]*$',
                                                             'type': 'string'},
                                                      'name': {'minLength': 1, 'type': 'string'},
                                                      'description': {'anyOf': [{'type': 'string'},
                                                                                {'type': 'null'}]},
                                                      'assessment': {'additionalProperties': {'oneOf': [{'enum': ['meets',
                                                                                                                  'partly',
                                                                                                                  'fails'],
                                                                                                         'type': 'string'},
                                                                                                        {'$ref': '#/$defs/ChoiceAssessmentEntry'}]},
                                                                     'allOf': [{'propertyNames': {'type': 'string'}}],
                                                                     'default': {},
                                                                     'type': 'object'},
                                                      'status': {'enum': ['preferred',
                                                                          'carried_forward',
                                                                          'discounted'],
                                                                 'type': 'string'},
                                                      'reason': {'anyOf': [{'type': 'string'},
                                                                           {'type': 'null'}]}},
                                       'required': ['id', 'name', 'status'],
                                       'type': 'object'},
                        'Dimension': {'additionalProperties': False,
                                      'properties': {'description': {'anyOf': [{'type': 'string'},
                                                                               {'type': 'null'}]},
                                                     'choices': {'items': {'$ref': '#/$defs/ChoiceSpec'},
                                                                 'minItems': 1,
                                                                 'type': 'array'}},
                                      'required': ['choices'],
                                      'type': 'object'},
                        'Framework': {'additionalProperties': False,
                                      'properties': {'scope': {'$ref': '#/$defs/Dimension'},
                                                     'solution': {'$ref': '#/$defs/Dimension'},
                                                     'delivery': {'$ref': '#/$defs/Dimension'},
                                                     'implementation': {'$ref': '#/$defs/Dimension'},
                                                     'funding': {'$ref': '#/$defs/Dimension'}},
                                      'type': 'object'},
                        'Objective': {'additionalProperties': False,
                                      'properties': {'id': {'maxLength': 64,
                                                            'pattern': '^[a-z][a-z0-9_]*$',
                                                            'type': 'string'},
                                                     'text': {'minLength': 1, 'type': 'string'}},
                                      'required': ['id', 'text'],
                                      'type': 'object'},
                        'SuccessFactor': {'additionalProperties': False,
                                          'properties': {'id': {'maxLength': 64,
                                                                'pattern': '^[a-z][a-z0-9_]*$',
                                                                'type': 'string'},
                                                         'name': {'minLength': 1, 'type': 'string'},
                                                         'description': {'anyOf': [{'type': 'string'},
                                                                                   {'type': 'null'}]}},
                                          'required': ['id', 'name'],
                                          'type': 'object'}},
              'additionalProperties': False,
              'properties': {'description': {'anyOf': [{'type': 'string'}, {'type': 'null'}]},
                             'objectives': {'items': {'$ref': '#/$defs/Objective'},
                                            'minItems': 1,
                                            'type': 'array'},
                             'csfs': {'items': {'oneOf': [{'enum': ['strategic_fit',
                                                                    'value_for_money',
                                                                    'supplier_capacity',
                                                                    'affordability',
                                                                    'achievability'],
                                                           'type': 'string'},
                                                          {'$ref': '#/$defs/SuccessFactor'}]},
                                      'minItems': 1,
                                      'type': 'array'},
                             'framework': {'$ref': '#/$defs/Framework'}},
              'required': ['objectives', 'csfs', 'framework'],
              'type': 'object'},
 'risks': {'$schema': 'http://json-schema.org/draft-07/schema#',
           '$defs': {'ResidualRisk': {'additionalProperties': False,
                                      'properties': {'probability': {'maximum': 1,
                                                                     'minimum': 0,
                                                                     'type': 'number'},
                                                     'cost': {'additionalProperties': {'type': 'number'},
                                                              'allOf': [{'propertyNames': {'anyOf': [{'type': 'integer'},
                                                                                                     {'type': 'string'}]}}],
                                                              'propertyNames': {'pattern': '^(?:19[0-9]{2}|2(?:0[0-9]{2}|1[0-9]{2}|200))(?:\\.\\.(?:19[0-9]{2}|2(?:0[0-9]{2}|1[0-9]{2}|200)))?$'},
                                                              'type': 'object'},
                                                     'criteria': {'additionalProperties': {'type': 'number'},
                                                                  'allOf': [{'propertyNames': {'type': 'string'}}],
                                                                  'type': 'object'}},
                                      'type': 'object'},
                     'RiskMatrix': {'additionalProperties': False,
                                    'properties': {'impact': {'items': {'exclusiveMinimum': 0,
                                                                        'type': 'number'},
                                                              'maxItems': 4,
                                                              'minItems': 4,
                                                              'type': 'array'}},
                                    'type': 'object'},
                     'RiskSpec': {'additionalProperties': False,
                                  'properties': {'id': {'maxLength': 64,
                                                        'pattern': '^[a-z][a-z0-9_]*$',
                                                        'type': 'string'},
                                                 'title': {'minLength': 1, 'type': 'string'},
                                                 'category': {'maxLength': 64,
                                                              'pattern': '^[a-z][a-z0-9_]*$',
                                                              'type': 'string'},
                                                 'cause': {'anyOf': [{'type': 'string'}, {'type': 'null'}]},
                                                 'effect': {'anyOf': [{'type': 'string'}, {'type': 'null'}]},
                                                 'options': {'oneOf': [{'enum': ['all'], 'type': 'string'},
                                                                       {'items': {'maxLength': 64,
                                                                                  'pattern': '^[a-z][a-z0-9_]*$',
                                                                                  'type': 'string'},
                                                                        'minItems': 1,
                                                                        'type': 'array'}]},
                                                 'probability': {'maximum': 1,
                                                                 'minimum': 0,
                                                                 'type': 'number'},
                                                 'cost': {'additionalProperties': {'type': 'number'},
                                                          'allOf': [{'propertyNames': {'anyOf': [{'type': 'integer'},
                                                                                                 {'type': 'string'}]}}],
                                                          'propertyNames': {'pattern': '^(?:19[0-9]{2}|2(?:0[0-9]{2}|1[0-9]{2}|200))(?:\\.\\.(?:19[0-9]{2}|2(?:0[0-9]{2}|1[0-9]{2}|200)))?$'},
                                                          'type': 'object'},
                                                 'criteria': {'additionalProperties': {'type': 'number'},
                                                              'allOf': [{'propertyNames': {'type': 'string'}}],
                                                              'type': 'object'},
                                                 'owner': {'anyOf': [{'type': 'string'}, {'type': 'null'}]},
                                                 'mitigation': {'anyOf': [{'type': 'string'},
                                                                          {'type': 'null'}]},
                                                 'residual': {'$ref': '#/$defs/ResidualRisk'},
                                                 'status': {'default': 'open',
                                                            'enum': ['open', 'closed', 'occurred'],
                                                            'type': 'string'}},
                                  'required': ['id', 'title', 'options', 'probability'],
                                  'type': 'object'}},
           'additionalProperties': False,
           'properties': {'description': {'anyOf': [{'type': 'string'}, {'type': 'null'}]},
                          'matrix': {'$ref': '#/$defs/RiskMatrix'},
                          'risks': {'items': {'$ref': '#/$defs/RiskSpec'}, 'minItems': 1, 'type': 'array'}},
           'required': ['risks'],
           'type': 'object'},
 'benefits': {'$schema': 'http://json-schema.org/draft-07/schema#',
              '$defs': {'BenefitSpec': {'additionalProperties': False,
                                        'properties': {'id': {'maxLength': 64,
                                                              'pattern': '^[a-z][a-z0-9_]*$',
                                                              'type': 'string'},
                                                       'title': {'minLength': 1, 'type': 'string'},
                                                       'objectives': {'default': [],
                                                                      'items': {'maxLength': 64,
                                                                                'pattern': '^[a-z][a-z0-9_]*$',
                                                                                'type': 'string'},
                                                                      'type': 'array'},
                                                       'csfs': {'default': [],
                                                                'items': {'maxLength': 64,
                                                                          'pattern': '^[a-z][a-z0-9_]*$',
                                                                          'type': 'string'},
                                                                'type': 'array'},
                                                       'criteria': {'default': [],
                                                                    'items': {'maxLength': 64,
                                                                              'pattern': '^[a-z][a-z0-9_]*$',
                                                                              'type': 'string'},
                                                                    'type': 'array'},
                                                       'options': {'items': {'maxLength': 64,
                                                                             'pattern': '^[a-z][a-z0-9_]*$',
                                                                             'type': 'string'},
                                                                   'type': 'array'},
                                                       'measure': {'anyOf': [{'type': 'string'},
                                                                             {'type': 'null'}]},
                                                       'baseline': {'oneOf': [{'type': 'number'},
                                                                              {'minLength': 1,
                                                                               'type': 'string'}]},
                                                       'target': {'oneOf': [{'type': 'number'},
                                                                            {'minLength': 1,
                                                                             'type': 'string'}]},
                                                       'date': {'anyOf': [{'type': 'string'},
                                                                          {'type': 'null'}]},
                                                       'owner': {'anyOf': [{'type': 'string'},
                                                                           {'type': 'null'}]},
                                                       'cash_releasing': {'type': 'boolean'},
                                                       'value': {'type': 'number'},
                                                       'notes': {'anyOf': [{'type': 'string'},
                                                                           {'type': 'null'}]}},
                                        'required': ['id', 'title', 'cash_releasing'],
                                        'type': 'object'}},
              'additionalProperties': False,
              'properties': {'description': {'anyOf': [{'type': 'string'}, {'type': 'null'}]},
                             'benefits': {'items': {'$ref': '#/$defs/BenefitSpec'},
                                          'minItems': 1,
                                          'type': 'array'}},
              'required': ['benefits'],
              'type': 'object'},
 'equality': {'$schema': 'http://json-schema.org/draft-07/schema#',
              '$defs': {'DistributionSpec': {'additionalProperties': False,
                                             'properties': {'by': {'enum': ['income_quintile', 'place'],
                                                                   'type': 'string'},
                                                            'measure': {'minLength': 1, 'type': 'string'},
                                                            'unit': {'anyOf': [{'type': 'string'},
                                                                               {'type': 'null'}]},
                                                            'values': {'additionalProperties': {'type': 'number'},
                                                                       'allOf': [{'propertyNames': {'type': 'string'}}],
                                                                       'minProperties': 1,
                                                                       'type': 'object'},
                                                            'source': {'anyOf': [{'type': 'string'},
                                                                                 {'type': 'null'}]}},
                                             'required': ['by', 'measure', 'values'],
                                             'type': 'object'},
                        'ImpactEntry': {'additionalProperties': False,
                                        'properties': {'impact': {'enum': ['positive',
                                                                           'neutral',
                                                                           'negative',
                                                                           'unknown'],
                                                                  'type': 'string'},
                                                       'evidence': {'anyOf': [{'type': 'string'},
                                                                              {'type': 'null'}]},
                                                       'mitigation': {'anyOf': [{'type': 'string'},
                                                                                {'type': 'null'}]}},
                                        'required': ['impact'],
                                        'type': 'object'},
                        'OptionEquality': {'additionalProperties': False,
                                           'properties': {'age': {'oneOf': [{'enum': ['positive',
                                                                                      'neutral',
                                                                                      'negative',
                                                                                      'unknown'],
                                                                             'type': 'string'},
                                                                            {'$ref': '#/$defs/ImpactEntry'}]},
                                                          'disability': {'oneOf': [{'enum': ['positive',
                                                                                             'neutral',
                                                                                             'negative',
                                                                                             'unknown'],
                                                                                    'type': 'string'},
                                                                                   {'$ref': '#/$defs/ImpactEntry'}]},
                                                          'gender_reassignment': {'oneOf': [{'enum': ['positive',
                                                                                                      'neutral',
                                                                                                      'negative',
                                                                                                      'unknown'],
                                                                                             'type': 'string'},
                                                                                            {'$ref': '#/$defs/ImpactEntry'}]},
                                                          'marriage_and_civil_partnership': {'oneOf': [{'enum': ['positive',
                                                                                                                 'neutral',
                                                                                                                 'negative',
                                                                                                                 'unknown'],
                                                                                                        'type': 'string'},
                                                                                                       {'$ref': '#/$defs/ImpactEntry'}]},
                                                          'pregnancy_and_maternity': {'oneOf': [{'enum': ['positive',
                                                                                                          'neutral',
                                                                                                          'negative',
                                                                                                          'unknown'],
                                                                                                 'type': 'string'},
                                                                                                {'$ref': '#/$defs/ImpactEntry'}]},
                                                          'race': {'oneOf': [{'enum': ['positive',
                                                                                       'neutral',
                                                                                       'negative',
                                                                                       'unknown'],
                                                                              'type': 'string'},
                                                                             {'$ref': '#/$defs/ImpactEntry'}]},
                                                          'religion_or_belief': {'oneOf': [{'enum': ['positive',
                                                                                                     'neutral',
                                                                                                     'negative',
                                                                                                     'unknown'],
                                                                                            'type': 'string'},
                                                                                           {'$ref': '#/$defs/ImpactEntry'}]},
                                                          'sex': {'oneOf': [{'enum': ['positive',
                                                                                      'neutral',
                                                                                      'negative',
                                                                                      'unknown'],
                                                                             'type': 'string'},
                                                                            {'$ref': '#/$defs/ImpactEntry'}]},
                                                          'sexual_orientation': {'oneOf': [{'enum': ['positive',
                                                                                                     'neutral',
                                                                                                     'negative',
                                                                                                     'unknown'],
                                                                                            'type': 'string'},
                                                                                           {'$ref': '#/$defs/ImpactEntry'}]},
                                                          'summary': {'anyOf': [{'type': 'string'},
                                                                                {'type': 'null'}]},
                                                          'distribution': {'$ref': '#/$defs/DistributionSpec'}},
                                           'type': 'object'}},
              'additionalProperties': False,
              'properties': {'description': {'anyOf': [{'type': 'string'}, {'type': 'null'}]},
                             'options': {'allOf': [{'propertyNames': {'maxLength': 64,
                                                                      'pattern': '^[a-z][a-z0-9_]*$',
                                                                      'type': 'string'}}],
                                         'minProperties': 1,
                                         'patternProperties': {'^[a-z][a-z0-9_]*$': {'$ref': '#/$defs/OptionEquality'}},
                                         'propertyNames': {'maxLength': 64},
                                         'type': 'object'}},
              'required': ['options'],
              'type': 'object'},
 'paper': {'$schema': 'http://json-schema.org/draft-07/schema#',
           '$defs': {'BusinessCaseText': {'additionalProperties': False,
                                          'properties': {'strategic_context': {'oneOf': [{'minLength': 1,
                                                                                          'type': 'string'},
                                                                                         {'$ref': '#/$defs/PaperText'}]},
                                                         'spending_objectives': {'oneOf': [{'minLength': 1,
                                                                                            'type': 'string'},
                                                                                           {'$ref': '#/$defs/PaperText'}]},
                                                         'existing_arrangements': {'oneOf': [{'minLength': 1,
                                                                                              'type': 'string'},
                                                                                             {'$ref': '#/$defs/PaperText'}]},
                                                         'business_needs': {'oneOf': [{'minLength': 1,
                                                                                       'type': 'string'},
                                                                                      {'$ref': '#/$defs/PaperText'}]},
                                                         'scope': {'oneOf': [{'minLength': 1,
                                                                              'type': 'string'},
                                                                             {'$ref': '#/$defs/PaperText'}]},
                                                         'benefits': {'oneOf': [{'minLength': 1,
                                                                                 'type': 'string'},
                                                                                {'$ref': '#/$defs/PaperText'}]},
                                                         'risks': {'oneOf': [{'minLength': 1,
                                                                              'type': 'string'},
                                                                             {'$ref': '#/$defs/PaperText'}]},
                                                         'constraints': {'oneOf': [{'minLength': 1,
                                                                                    'type': 'string'},
                                                                                   {'$ref': '#/$defs/PaperText'}]},
                                                         'csfs': {'oneOf': [{'minLength': 1,
                                                                             'type': 'string'},
                                                                            {'$ref': '#/$defs/PaperText'}]},
                                                         'long_list': {'oneOf': [{'minLength': 1,
                                                                                  'type': 'string'},
                                                                                 {'$ref': '#/$defs/PaperText'}]},
                                                         'short_list': {'oneOf': [{'minLength': 1,
                                                                                   'type': 'string'},
                                                                                  {'$ref': '#/$defs/PaperText'}]},
                                                         'economic_appraisal': {'oneOf': [{'minLength': 1,
                                                                                           'type': 'string'},
                                                                                          {'$ref': '#/$defs/PaperText'}]},
                                                         'sensitivity': {'oneOf': [{'minLength': 1,
                                                                                    'type': 'string'},
                                                                                   {'$ref': '#/$defs/PaperText'}]},
                                                         'preferred_option': {'oneOf': [{'minLength': 1,
                                                                                         'type': 'string'},
                                                                                        {'$ref': '#/$defs/PaperText'}]},
                                                         'procurement_strategy': {'oneOf': [{'minLength': 1,
                                                                                             'type': 'string'},
                                                                                            {'$ref': '#/$defs/PaperText'}]},
                                                         'service_requirements': {'oneOf': [{'minLength': 1,
                                                                                             'type': 'string'},
                                                                                            {'$ref': '#/$defs/PaperText'}]},
                                                         'risk_allocation': {'oneOf': [{'minLength': 1,
                                                                                        'type': 'string'},
                                                                                       {'$ref': '#/$defs/PaperText'}]},
                                                         'payment_mechanisms': {'oneOf': [{'minLength': 1,
                                                                                           'type': 'string'},
                                                                                          {'$ref': '#/$defs/PaperText'}]},
                                                         'contractual_arrangements': {'oneOf': [{'minLength': 1,
                                                                                                 'type': 'string'},
                                                                                                {'$ref': '#/$defs/PaperText'}]},
                                                         'personnel': {'oneOf': [{'minLength': 1,
                                                                                  'type': 'string'},
                                                                                 {'$ref': '#/$defs/PaperText'}]},
                                                         'accountancy': {'oneOf': [{'minLength': 1,
                                                                                    'type': 'string'},
                                                                                   {'$ref': '#/$defs/PaperText'}]},
                                                         'costs': {'oneOf': [{'minLength': 1,
                                                                              'type': 'string'},
                                                                             {'$ref': '#/$defs/PaperText'}]},
                                                         'balance_sheet': {'oneOf': [{'minLength': 1,
                                                                                      'type': 'string'},
                                                                                     {'$ref': '#/$defs/PaperText'}]},
                                                         'affordability': {'oneOf': [{'minLength': 1,
                                                                                      'type': 'string'},
                                                                                     {'$ref': '#/$defs/PaperText'}]},
                                                         'governance': {'oneOf': [{'minLength': 1,
                                                                                   'type': 'string'},
                                                                                  {'$ref': '#/$defs/PaperText'}]},
                                                         'advisers': {'oneOf': [{'minLength': 1,
                                                                                 'type': 'string'},
                                                                                {'$ref': '#/$defs/PaperText'}]},
                                                         'change_management': {'oneOf': [{'minLength': 1,
                                                                                          'type': 'string'},
                                                                                         {'$ref': '#/$defs/PaperText'}]},
                                                         'benefits_realisation': {'oneOf': [{'minLength': 1,
                                                                                             'type': 'string'},
                                                                                            {'$ref': '#/$defs/PaperText'}]},
                                                         'risk_management': {'oneOf': [{'minLength': 1,
                                                                                        'type': 'string'},
                                                                                       {'$ref': '#/$defs/PaperText'}]},
                                                         'evaluation': {'oneOf': [{'minLength': 1,
                                                                                   'type': 'string'},
                                                                                  {'$ref': '#/$defs/PaperText'}]},
                                                         'contingency': {'oneOf': [{'minLength': 1,
                                                                                    'type': 'string'},
                                                                                   {'$ref': '#/$defs/PaperText'}]}},
                                          'type': 'object'},
                     'Exemption': {'additionalProperties': False,
                                   'properties': {'paragraph': {'maximum': 7,
                                                                'minimum': 1,
                                                                'type': 'integer'},
                                                  'reason': {'minLength': 1, 'type': 'string'}},
                                   'required': ['paragraph', 'reason'],
                                   'type': 'object'},
                     'PaperText': {'additionalProperties': False,
                                   'properties': {'text': {'minLength': 1, 'type': 'string'},
                                                  'exempt': {'$ref': '#/$defs/Exemption'}},
                                   'required': ['text'],
                                   'type': 'object'}},
           'additionalProperties': False,
           'properties': {'decision_maker': {'minLength': 1, 'type': 'string'},
                          'meeting_date': {'minLength': 1, 'type': 'string'},
                          'author': {'minLength': 1, 'type': 'string'},
                          'key_decision': {'type': 'boolean'},
                          'forward_plan': {'minLength': 1, 'type': 'string'},
                          'wards': {'items': {'minLength': 1, 'type': 'string'},
                                    'minItems': 1,
                                    'type': 'array'},
                          'recommendations': {'items': {'minLength': 1, 'type': 'string'},
                                              'minItems': 1,
                                              'type': 'array'},
                          'background': {'oneOf': [{'minLength': 1, 'type': 'string'},
                                                   {'$ref': '#/$defs/PaperText'}]},
                          'options': {'oneOf': [{'minLength': 1, 'type': 'string'},
                                                {'$ref': '#/$defs/PaperText'}]},
                          'preferred': {'oneOf': [{'minLength': 1, 'type': 'string'},
                                                  {'$ref': '#/$defs/PaperText'}]},
                          'financial': {'oneOf': [{'minLength': 1, 'type': 'string'},
                                                  {'$ref': '#/$defs/PaperText'}]},
                          'legal': {'oneOf': [{'minLength': 1, 'type': 'string'},
                                              {'$ref': '#/$defs/PaperText'}]},
                          'equality': {'oneOf': [{'minLength': 1, 'type': 'string'},
                                                 {'$ref': '#/$defs/PaperText'}]},
                          'risk': {'oneOf': [{'minLength': 1, 'type': 'string'},
                                             {'$ref': '#/$defs/PaperText'}]},
                          'consultation': {'oneOf': [{'minLength': 1, 'type': 'string'},
                                                     {'$ref': '#/$defs/PaperText'}]},
                          'background_papers': {'items': {'minLength': 1, 'type': 'string'},
                                                'minItems': 1,
                                                'type': 'array'},
                          'business_case': {'$ref': '#/$defs/BusinessCaseText'}},
           'type': 'object'}}

def validate_fast_criteria(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['appraisal', 'criteria']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
        data_keys = set(data.keys())
        if "appraisal" in data_keys:
            data_keys.remove("appraisal")
            data__appraisal = data["appraisal"]
            validate_fast_criteria___defs_appraisalmeta(data__appraisal, custom_formats, (name_prefix or "data") + ".appraisal")
        if "weighting" in data_keys:
            data_keys.remove("weighting")
            data__weighting = data["weighting"]
            validate_fast_criteria___defs_weightingspec(data__weighting, custom_formats, (name_prefix or "data") + ".weighting")
        if "criteria" in data_keys:
            data_keys.remove("criteria")
            data__criteria = data["criteria"]
            if not isinstance(data__criteria, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".criteria must be array")
            data__criteria_is_list = isinstance(data__criteria, (list, tuple))
            if data__criteria_is_list:
                data__criteria_len = len(data__criteria)
                if data__criteria_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".criteria must contain at least 1 items")
                for data__criteria_x, data__criteria_item in enumerate(data__criteria):
                    validate_fast_criteria___defs_criterionspec(data__criteria_item, custom_formats, (name_prefix or "data") + ".criteria[{data__criteria_x}]".format(**locals()))
        if "gates" in data_keys:
            data_keys.remove("gates")
            data__gates = data["gates"]
            if not isinstance(data__gates, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".gates must be array")
            data__gates_is_list = isinstance(data__gates, (list, tuple))
            if data__gates_is_list:
                data__gates_len = len(data__gates)
                for data__gates_x, data__gates_item in enumerate(data__gates):
                    validate_fast_criteria___defs_gatespec(data__gates_item, custom_formats, (name_prefix or "data") + ".gates[{data__gates_x}]".format(**locals()))
        if "scenarios" in data_keys:
            data_keys.remove("scenarios")
            data__scenarios = data["scenarios"]
            if not isinstance(data__scenarios, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".scenarios must be object")
            data__scenarios_is_dict = isinstance(data__scenarios, dict)
            if data__scenarios_is_dict:
                data__scenarios_len = len(data__scenarios)
                if data__scenarios_len != 0:
                    data__scenarios_property_names = True
                    for data__scenarios_key in data__scenarios:
                        try:
                            if not isinstance(data__scenarios_key, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".scenarios must be string")
                            if isinstance(data__scenarios_key, str):
                                data__scenarios_key_len = len(data__scenarios_key)
                                if data__scenarios_key_len > 64:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".scenarios must be shorter than or equal to 64 characters")
                                if not REGEX_PATTERNS['^[a-z][a-z0-9_]*$'].search(data__scenarios_key):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".scenarios must match pattern ^[a-z][a-z0-9_]*$")
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            data__scenarios_property_names = False
                    if not data__scenarios_property_names:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".scenarios must be named by propertyName definition")
            data__scenarios_is_dict = isinstance(data__scenarios, dict)
            if data__scenarios_is_dict:
                data__scenarios_keys = set(data__scenarios.keys())
                for data__scenarios_key, data__scenarios_val in data__scenarios.items():
                    if REGEX_PATTERNS['^[a-z][a-z0-9_]*$'].search(data__scenarios_key):
                        if data__scenarios_key in data__scenarios_keys:
                            data__scenarios_keys.remove(data__scenarios_key)
                        validate_fast_criteria___defs_scenario(data__scenarios_val, custom_formats, (name_prefix or "data") + ".scenarios.{data__scenarios_key}".format(**locals()))
                data__scenarios_len = len(data__scenarios)
                if data__scenarios_len != 0:
                    data__scenarios_property_names = True
                    for data__scenarios_key in data__scenarios:
                        try:
                            if isinstance(data__scenarios_key, str):
                                data__scenarios_key_len = len(data__scenarios_key)
                                if data__scenarios_key_len > 64:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".scenarios must be shorter than or equal to 64 characters")
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            data__scenarios_property_names = False
                    if not data__scenarios_property_names:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".scenarios must be named by propertyName definition")
        if "economics" in data_keys:
            data_keys.remove("economics")
            data__economics = data["economics"]
            validate_fast_criteria___defs_economicsspec(data__economics, custom_formats, (name_prefix or "data") + ".economics")
        if "panel" in data_keys:
            data_keys.remove("panel")
            data__panel = data["panel"]
            validate_fast_criteria___defs_panelsettings(data__panel, custom_formats, (name_prefix or "data") + ".panel")
        if "accepted" in data_keys:
            data_keys.remove("accepted")
            data__accepted = data["accepted"]
            if not isinstance(data__accepted, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".accepted must be array")
            data__accepted_is_list = isinstance(data__accepted, (list, tuple))
            if data__accepted_is_list:
                data__accepted_len = len(data__accepted)
                for data__accepted_x, data__accepted_item in enumerate(data__accepted):
                    validate_fast_criteria___defs_acceptedwarning(data__accepted_item, custom_formats, (name_prefix or "data") + ".accepted[{data__accepted_x}]".format(**locals()))
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate_fast_criteria___defs_acceptedwarning(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['code', 'reason']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
        data_keys = set(data.keys())
        if "code" in data_keys:
            data_keys.remove("code")
            data__code = data["code"]
            if not isinstance(data__code, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".code must be string")
            if isinstance(data__code, str):
                if not REGEX_PATTERNS['^W[0-9]{3}$'].search(data__code):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".code must match pattern ^W[0-9]{3}$")
        if "file" in data_keys:
            data_keys.remove("file")
            data__file = data["file"]
            if not isinstance(data__file, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".file must be string")
            if isinstance(data__file, str):
                data__file_len = len(data__file)
                if data__file_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".file must be longer than or equal to 1 characters")
        if "option" in data_keys:
            data_keys.remove("option")
            data__option = data["option"]
            if not isinstance(data__option, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".option must be string")
            if isinstance(data__option, str):
                data__option_len = len(data__option)
                if data__option_len > 64:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".option must be shorter than or equal to 64 characters")
                if not REGEX_PATTERNS['^[a-z][a-z0-9_]*$'].search(data__option):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".option must match pattern ^[a-z][a-z0-9_]*$")
        if "criterion" in data_keys:
            data_keys.remove("criterion")
            data__criterion = data["criterion"]
            if not isinstance(data__criterion, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".criterion must be string")
            if isinstance(data__criterion, str):
                data__criterion_len = len(data__criterion)
                if data__criterion_len > 64:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".criterion must be shorter than or equal to 64 characters")
                if not REGEX_PATTERNS['^[a-z][a-z0-9_]*$'].search(data__criterion):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".criterion must match pattern ^[a-z][a-z0-9_]*$")
        if "reason" in data_keys:
            data_keys.remove("reason")
            data__reason = data["reason"]
            if not isinstance(data__reason, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".reason must be string")
            if isinstance(data__reason, str):
                data__reason_len = len(data__reason)
                if data__reason_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".reason must be longer than or equal to 1 characters")
        if "by" in data_keys:
            data_keys.remove("by")
            data__by = data["by"]
            if not isinstance(data__by, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".by must be string")
            if isinstance(data__by, str):
                data__by_len = len(data__by)
                if data__by_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".by must be longer than or equal to 1 characters")
        if "date" in data_keys:
            data_keys.remove("date")
            data__date = data["date"]
            data__date_any_of_count1 = 0
            if not data__date_any_of_count1:
                try:
                    if not isinstance(data__date, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".date must be string")
                    data__date_any_of_count1 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__date_any_of_count1:
                try:
                    if not isinstance(data__date, (NoneType)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".date must be null")
                    data__date_any_of_count1 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__date_any_of_count1:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".date cannot be validated by any definition")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate_fast_criteria___defs_panelsettings(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "aggregate" in data_keys:
            data_keys.remove("aggregate")
            data__aggregate = data["aggregate"]
            if not isinstance(data__aggregate, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".aggregate must be string")
            if not (isinstance(data__aggregate, str) and data__aggregate == 'median' or isinstance(data__aggregate, str) and data__aggregate == 'mean'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".aggregate must be one of ['median', 'mean']")
        if "disagreement" in data_keys:
            data_keys.remove("disagreement")
            data__disagreement = data["disagreement"]
            if not isinstance(data__disagreement, (int, float, Decimal)) or isinstance(data__disagreement, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".disagreement must be number")
            if isinstance(data__disagreement, (int, float, Decimal)) and not isinstance(data__disagreement, bool):
                if data__disagreement <= 0:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".disagreement must be bigger than 0")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate_fast_criteria___defs_economicsspec(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['base_year']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
        data_keys = set(data.keys())
        if "base_year" in data_keys:
            data_keys.remove("base_year")
            data__baseyear = data["base_year"]
            if not isinstance(data__baseyear, (int)) and not (isinstance(data__baseyear, float) and data__baseyear.is_integer()) or isinstance(data__baseyear, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".base_year must be integer")
            if isinstance(data__baseyear, (int, float, Decimal)) and not isinstance(data__baseyear, bool):
                if data__baseyear < 1900:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".base_year must be bigger than or equal to 1900")
                if data__baseyear > 2200:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".base_year must be smaller than or equal to 2200")
        if "price_base" in data_keys:
            data_keys.remove("price_base")
            data__pricebase = data["price_base"]
            data__pricebase_any_of_count2 = 0
            if not data__pricebase_any_of_count2:
                try:
                    if not isinstance(data__pricebase, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".price_base must be string")
                    data__pricebase_any_of_count2 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__pricebase_any_of_count2:
                try:
                    if not isinstance(data__pricebase, (NoneType)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".price_base must be null")
                    data__pricebase_any_of_count2 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__pricebase_any_of_count2:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".price_base cannot be validated by any definition")
        if "unit" in data_keys:
            data_keys.remove("unit")
            data__unit = data["unit"]
            if not isinstance(data__unit, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".unit must be string")
            if isinstance(data__unit, str):
                data__unit_len = len(data__unit)
                if data__unit_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".unit must be longer than or equal to 1 characters")
        if "discount" in data_keys:
            data_keys.remove("discount")
            data__discount = data["discount"]
            if not isinstance(data__discount, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".discount must be string")
            if not (isinstance(data__discount, str) and data__discount == 'green_book' or isinstance(data__discount, str) and data__discount == 'green_book_health' or isinstance(data__discount, str) and data__discount == 'green_book_lower' or isinstance(data__discount, str) and data__discount == 'constant'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".discount must be one of ['green_book', 'green_book_health', 'green_book_lower', 'constant']")
        if "rate" in data_keys:
            data_keys.remove("rate")
            data__rate = data["rate"]
            if not isinstance(data__rate, (int, float, Decimal)) or isinstance(data__rate, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".rate must be number")
            if isinstance(data__rate, (int, float, Decimal)) and not isinstance(data__rate, bool):
                if data__rate < 0:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".rate must be bigger than or equal to 0")
                if data__rate > 100:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".rate must be smaller than or equal to 100")
        if "horizon" in data_keys:
            data_keys.remove("horizon")
            data__horizon = data["horizon"]
            if not isinstance(data__horizon, (int)) and not (isinstance(data__horizon, float) and data__horizon.is_integer()) or isinstance(data__horizon, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".horizon must be integer")
            if isinstance(data__horizon, (int, float, Decimal)) and not isinstance(data__horizon, bool):
                if data__horizon < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".horizon must be bigger than or equal to 1")
                if data__horizon > 1000:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".horizon must be smaller than or equal to 1000")
        if "optimism_bias" in data_keys:
            data_keys.remove("optimism_bias")
            data__optimismbias = data["optimism_bias"]
            validate_fast_criteria___defs_optimismbiasspec(data__optimismbias, custom_formats, (name_prefix or "data") + ".optimism_bias")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate_fast_criteria___defs_optimismbiasspec(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "category" in data_keys:
            data_keys.remove("category")
            data__category = data["category"]
            if not isinstance(data__category, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".category must be string")
            if not (isinstance(data__category, str) and data__category == 'standard_buildings' or isinstance(data__category, str) and data__category == 'non_standard_buildings' or isinstance(data__category, str) and data__category == 'standard_civil_engineering' or isinstance(data__category, str) and data__category == 'non_standard_civil_engineering' or isinstance(data__category, str) and data__category == 'equipment_development' or isinstance(data__category, str) and data__category == 'outsourcing'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".category must be one of ['standard_buildings', 'non_standard_buildings', 'standard_civil_engineering', 'non_standard_civil_engineering', 'equipment_development', 'outsourcing']")
        if "mix" in data_keys:
            data_keys.remove("mix")
            data__mix = data["mix"]
            if not isinstance(data__mix, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".mix must be object")
            data__mix_is_dict = isinstance(data__mix, dict)
            if data__mix_is_dict:
                data__mix_len = len(data__mix)
                if data__mix_len != 0:
                    data__mix_property_names = True
                    for data__mix_key in data__mix:
                        try:
                            if not isinstance(data__mix_key, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".mix must be string")
                            if not (isinstance(data__mix_key, str) and data__mix_key == 'standard_buildings' or isinstance(data__mix_key, str) and data__mix_key == 'non_standard_buildings' or isinstance(data__mix_key, str) and data__mix_key == 'standard_civil_engineering' or isinstance(data__mix_key, str) and data__mix_key == 'non_standard_civil_engineering' or isinstance(data__mix_key, str) and data__mix_key == 'equipment_development' or isinstance(data__mix_key, str) and data__mix_key == 'outsourcing'):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".mix must be one of ['standard_buildings', 'non_standard_buildings', 'standard_civil_engineering', 'non_standard_civil_engineering', 'equipment_development', 'outsourcing']")
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            data__mix_property_names = False
                    if not data__mix_property_names:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".mix must be named by propertyName definition")
            data__mix_is_dict = isinstance(data__mix, dict)
            if data__mix_is_dict:
                data__mix_keys = set(data__mix.keys())
                for data__mix_key in data__mix_keys:
                    if data__mix_key not in []:
                        data__mix_value = data__mix.get(data__mix_key)
                        if not isinstance(data__mix_value, (int, float, Decimal)) or isinstance(data__mix_value, bool):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".mix.{data__mix_key}".format(**locals()) + " must be number")
                        if isinstance(data__mix_value, (int, float, Decimal)) and not isinstance(data__mix_value, bool):
                            if data__mix_value < 0:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".mix.{data__mix_key}".format(**locals()) + " must be bigger than or equal to 0")
                data__mix_len = len(data__mix)
                if data__mix_len != 0:
                    data__mix_property_names = True
                    for data__mix_key in data__mix:
                        try:
                            if not (isinstance(data__mix_key, str) and data__mix_key == 'standard_buildings' or isinstance(data__mix_key, str) and data__mix_key == 'non_standard_buildings' or isinstance(data__mix_key, str) and data__mix_key == 'standard_civil_engineering' or isinstance(data__mix_key, str) and data__mix_key == 'non_standard_civil_engineering' or isinstance(data__mix_key, str) and data__mix_key == 'equipment_development' or isinstance(data__mix_key, str) and data__mix_key == 'outsourcing'):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".mix must be one of ['standard_buildings', 'non_standard_buildings', 'standard_civil_engineering', 'non_standard_civil_engineering', 'equipment_development', 'outsourcing']")
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            data__mix_property_names = False
                    if not data__mix_property_names:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".mix must be named by propertyName definition")
        if "capital" in data_keys:
            data_keys.remove("capital")
            data__capital = data["capital"]
            if not isinstance(data__capital, (int, float, Decimal)) or isinstance(data__capital, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".capital must be number")
            if isinstance(data__capital, (int, float, Decimal)) and not isinstance(data__capital, bool):
                if data__capital < 0:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".capital must be bigger than or equal to 0")
        if "operating" in data_keys:
            data_keys.remove("operating")
            data__operating = data["operating"]
            if not isinstance(data__operating, (int, float, Decimal)) or isinstance(data__operating, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".operating must be number")
            if isinstance(data__operating, (int, float, Decimal)) and not isinstance(data__operating, bool):
                if data__operating < 0:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".operating must be bigger than or equal to 0")
        if "mitigation" in data_keys:
            data_keys.remove("mitigation")
            data__mitigation = data["mitigation"]
            if not isinstance(data__mitigation, (int, float, Decimal)) or isinstance(data__mitigation, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".mitigation must be number")
            if isinstance(data__mitigation, (int, float, Decimal)) and not isinstance(data__mitigation, bool):
                if data__mitigation < 0:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".mitigation must be bigger than or equal to 0")
                if data__mitigation > 100:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".mitigation must be smaller than or equal to 100")
        if "evidence" in data_keys:
            data_keys.remove("evidence")
            data__evidence = data["evidence"]
            if not isinstance(data__evidence, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".evidence must be array")
            data__evidence_is_list = isinstance(data__evidence, (list, tuple))
            if data__evidence_is_list:
                data__evidence_len = len(data__evidence)
                for data__evidence_x, data__evidence_item in enumerate(data__evidence):
                    if not isinstance(data__evidence_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".evidence[{data__evidence_x}]".format(**locals()) + " must be string")
        if "rationale" in data_keys:
            data_keys.remove("rationale")
            data__rationale = data["rationale"]
            data__rationale_any_of_count3 = 0
            if not data__rationale_any_of_count3:
                try:
                    if not isinstance(data__rationale, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".rationale must be string")
                    data__rationale_any_of_count3 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__rationale_any_of_count3:
                try:
                    if not isinstance(data__rationale, (NoneType)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".rationale must be null")
                    data__rationale_any_of_count3 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__rationale_any_of_count3:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".rationale cannot be validated by any definition")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate_fast_criteria___defs_scenario(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['weights']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
        data_keys = set(data.keys())
        if "description" in data_keys:
            data_keys.remove("description")
            data__description = data["description"]
            data__description_any_of_count4 = 0
            if not data__description_any_of_count4:
                try:
                    if not isinstance(data__description, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".description must be string")
                    data__description_any_of_count4 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__description_any_of_count4:
                try:
                    if not isinstance(data__description, (NoneType)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".description must be null")
                    data__description_any_of_count4 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__description_any_of_count4:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".description cannot be validated by any definition")
        if "weights" in data_keys:
            data_keys.remove("weights")
            data__weights = data["weights"]
            if not isinstance(data__weights, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".weights must be object")
            data__weights_is_dict = isinstance(data__weights, dict)
            if data__weights_is_dict:
                data__weights_len = len(data__weights)
                if data__weights_len != 0:
                    data__weights_property_names = True
                    for data__weights_key in data__weights:
                        try:
                            if not isinstance(data__weights_key, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".weights must be string")
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            data__weights_property_names = False
                    if not data__weights_property_names:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".weights must be named by propertyName definition")
            data__weights_is_dict = isinstance(data__weights, dict)
            if data__weights_is_dict:
                data__weights_keys = set(data__weights.keys())
                for data__weights_key in data__weights_keys:
                    if data__weights_key not in []:
                        data__weights_value = data__weights.get(data__weights_key)
                        if not isinstance(data__weights_value, (int, float, Decimal)) or isinstance(data__weights_value, bool):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".weights.{data__weights_key}".format(**locals()) + " must be number")
                        if isinstance(data__weights_value, (int, float, Decimal)) and not isinstance(data__weights_value, bool):
                            if data__weights_value < 0:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".weights.{data__weights_key}".format(**locals()) + " must be bigger than or equal to 0")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate_fast_criteria___defs_gatespec(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['id', 'name']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
        data_keys = set(data.keys())
        if "id" in data_keys:
            data_keys.remove("id")
            data__id = data["id"]
            if not isinstance(data__id, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".id must be string")
            if isinstance(data__id, str):
                data__id_len = len(data__id)
                if data__id_len > 64:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".id must be shorter than or equal to 64 characters")
                if not REGEX_PATTERNS['^[a-z][a-z0-9_]*$'].search(data__id):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".id must match pattern ^[a-z][a-z0-9_]*$")
        if "name" in data_keys:
            data_keys.remove("name")
            data__name = data["name"]
            if not isinstance(data__name, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".name must be string")
            if isinstance(data__name, str):
                data__name_len = len(data__name)
                if data__name_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".name must be longer than or equal to 1 characters")
        if "description" in data_keys:
            data_keys.remove("description")
            data__description = data["description"]
            data__description_any_of_count5 = 0
            if not data__description_any_of_count5:
                try:
                    if not isinstance(data__description, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".description must be string")
                    data__description_any_of_count5 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__description_any_of_count5:
                try:
                    if not isinstance(data__description, (NoneType)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".description must be null")
                    data__description_any_of_count5 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__description_any_of_count5:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".description cannot be validated by any definition")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate_fast_criteria___defs_criterionspec(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['id', 'name']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
        data_keys = set(data.keys())
        if "id" in data_keys:
            data_keys.remove("id")
            data__id = data["id"]
            if not isinstance(data__id, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".id must be string")
            if isinstance(data__id, str):
                data__id_len = len(data__id)
                if data__id_len > 64:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".id must be shorter than or equal to 64 characters")
                if not REGEX_PATTERNS['^[a-z][a-z0-9_]*$'].search(data__id):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".id must match pattern ^[a-z][a-z0-9_]*$")
        if "name" in data_keys:
            data_keys.remove("name")
            data__name = data["name"]
            if not isinstance(data__name, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".name must be string")
            if isinstance(data__name, str):
                data__name_len = len(data__name)
                if data__name_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".name must be longer than or equal to 1 characters")
        if "weight" in data_keys:
            data_keys.remove("weight")
            data__weight = data["weight"]
            if not isinstance(data__weight, (int, float, Decimal)) or isinstance(data__weight, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".weight must be number")
            if isinstance(data__weight, (int, float, Decimal)) and not isinstance(data__weight, bool):
                if data__weight <= 0:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".weight must be bigger than 0")
        if "group" in data_keys:
            data_keys.remove("group")
            data__group = data["group"]
            if not isinstance(data__group, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".group must be string")
            if isinstance(data__group, str):
                data__group_len = len(data__group)
                if data__group_len > 64:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".group must be shorter than or equal to 64 characters")
                if not REGEX_PATTERNS['^[a-z][a-z0-9_]*$'].search(data__group):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".group must match pattern ^[a-z][a-z0-9_]*$")
        if "description" in data_keys:
            data_keys.remove("description")
            data__description = data["description"]
            data__description_any_of_count6 = 0
            if not data__description_any_of_count6:
                try:
                    if not isinstance(data__description, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".description must be string")
                    data__description_any_of_count6 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__description_any_of_count6:
                try:
                    if not isinstance(data__description, (NoneType)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".description must be null")
                    data__description_any_of_count6 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__description_any_of_count6:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".description cannot be validated by any definition")
        if "type" in data_keys:
            data_keys.remove("type")
            data__type = data["type"]
            if not isinstance(data__type, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".type must be string")
            if not (isinstance(data__type, str) and data__type == 'score' or isinstance(data__type, str) and data__type == 'measure'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".type must be one of ['score', 'measure']")
        if "unit" in data_keys:
            data_keys.remove("unit")
            data__unit = data["unit"]
            data__unit_any_of_count7 = 0
            if not data__unit_any_of_count7:
                try:
                    if not isinstance(data__unit, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".unit must be string")
                    data__unit_any_of_count7 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__unit_any_of_count7:
                try:
                    if not isinstance(data__unit, (NoneType)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".unit must be null")
                    data__unit_any_of_count7 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__unit_any_of_count7:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".unit cannot be validated by any definition")
        if "direction" in data_keys:
            data_keys.remove("direction")
            data__direction = data["direction"]
            if not isinstance(data__direction, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".direction must be string")
            if not (isinstance(data__direction, str) and data__direction == 'lower' or isinstance(data__direction, str) and data__direction == 'higher'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".direction must be one of ['lower', 'higher']")
        if "range" in data_keys:
            data_keys.remove("range")
            data__range = data["range"]
            if not isinstance(data__range, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".range must be array")
            data__range_is_list = isinstance(data__range, (list, tuple))
            if data__range_is_list:
                data__range_len = len(data__range)
                if data__range_len < 2:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".range must contain at least 2 items")
                if data__range_len > 2:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".range must contain less than or equal to 2 items")
                for data__range_x, data__range_item in enumerate(data__range):
                    if not isinstance(data__range_item, (int, float, Decimal)) or isinstance(data__range_item, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".range[{data__range_x}]".format(**locals()) + " must be number")
        if "levels" in data_keys:
            data_keys.remove("levels")
            data__levels = data["levels"]
            if not isinstance(data__levels, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".levels must be object")
            data__levels_is_dict = isinstance(data__levels, dict)
            if data__levels_is_dict:
                data__levels_len = len(data__levels)
                if data__levels_len != 0:
                    data__levels_property_names = True
                    for data__levels_key in data__levels:
                        try:
                            if not isinstance(data__levels_key, (int)) and not (isinstance(data__levels_key, float) and data__levels_key.is_integer()) or isinstance(data__levels_key, bool):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".levels must be integer")
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            data__levels_property_names = False
                    if not data__levels_property_names:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".levels must be named by propertyName definition")
            data__levels_is_dict = isinstance(data__levels, dict)
            if data__levels_is_dict:
                data__levels_keys = set(data__levels.keys())
                for data__levels_key in data__levels_keys:
                    if data__levels_key not in []:
                        data__levels_value = data__levels.get(data__levels_key)
                        if not isinstance(data__levels_value, (str)):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".levels.{data__levels_key}".format(**locals()) + " must be string")
        if "value_function" in data_keys:
            data_keys.remove("value_function")
            data__valuefunction = data["value_function"]
            validate_fast_criteria___defs_valuefunctionspec(data__valuefunction, custom_formats, (name_prefix or "data") + ".value_function")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate_fast_criteria___defs_valuefunctionspec(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['type']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
        data_keys = set(data.keys())
        if "type" in data_keys:
            data_keys.remove("type")
            data__type = data["type"]
            if not isinstance(data__type, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".type must be string")
            if not (isinstance(data__type, str) and data__type == 'piecewise' or isinstance(data__type, str) and data__type == 'discrete' or isinstance(data__type, str) and data__type == 'exponential' or isinstance(data__type, str) and data__type == 'macbeth'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".type must be one of ['piecewise', 'discrete', 'exponential', 'macbeth']")
        if "points" in data_keys:
            data_keys.remove("points")
            data__points = data["points"]
            if not isinstance(data__points, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".points must be array")
            data__points_is_list = isinstance(data__points, (list, tuple))
            if data__points_is_list:
                data__points_len = len(data__points)
                if data__points_len < 2:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".points must contain at least 2 items")
                for data__points_x, data__points_item in enumerate(data__points):
                    if not isinstance(data__points_item, (list, tuple)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".points[{data__points_x}]".format(**locals()) + " must be array")
                    data__points_item_is_list = isinstance(data__points_item, (list, tuple))
                    if data__points_item_is_list:
                        data__points_item_len = len(data__points_item)
                        if data__points_item_len < 2:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".points[{data__points_x}]".format(**locals()) + " must contain at least 2 items")
                        if data__points_item_len > 2:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".points[{data__points_x}]".format(**locals()) + " must contain less than or equal to 2 items")
                        for data__points_item_x, data__points_item_item in enumerate(data__points_item):
                            if not isinstance(data__points_item_item, (int, float, Decimal)) or isinstance(data__points_item_item, bool):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".points[{data__points_x}][{data__points_item_x}]".format(**locals()) + " must be number")
        if "values" in data_keys:
            data_keys.remove("values")
            data__values = data["values"]
            if not isinstance(data__values, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".values must be object")
            data__values_is_dict = isinstance(data__values, dict)
            if data__values_is_dict:
                data__values_len = len(data__values)
                if data__values_len != 0:
                    data__values_property_names = True
                    for data__values_key in data__values:
                        try:
                            if not isinstance(data__values_key, (int)) and not (isinstance(data__values_key, float) and data__values_key.is_integer()) or isinstance(data__values_key, bool):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".values must be integer")
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            data__values_property_names = False
                    if not data__values_property_names:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".values must be named by propertyName definition")
            data__values_is_dict = isinstance(data__values, dict)
            if data__values_is_dict:
                data__values_keys = set(data__values.keys())
                for data__values_key in data__values_keys:
                    if data__values_key not in []:
                        data__values_value = data__values.get(data__values_key)
                        if not isinstance(data__values_value, (int, float, Decimal)) or isinstance(data__values_value, bool):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".values.{data__values_key}".format(**locals()) + " must be number")
        if "shape" in data_keys:
            data_keys.remove("shape")
            data__shape = data["shape"]
            if not isinstance(data__shape, (int, float, Decimal)) or isinstance(data__shape, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".shape must be number")
            if isinstance(data__shape, (int, float, Decimal)) and not isinstance(data__shape, bool):
                if data__shape < -50:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".shape must be bigger than or equal to -50")
                if data__shape > 50:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".shape must be smaller than or equal to 50")
        if "judgements" in data_keys:
            data_keys.remove("judgements")
            data__judgements = data["judgements"]
            if not isinstance(data__judgements, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".judgements must be object")
            data__judgements_is_dict = isinstance(data__judgements, dict)
            if data__judgements_is_dict:
                data__judgements_len = len(data__judgements)
                if data__judgements_len != 0:
                    data__judgements_property_names = True
                    for data__judgements_key in data__judgements:
                        try:
                            if not isinstance(data__judgements_key, (int)) and not (isinstance(data__judgements_key, float) and data__judgements_key.is_integer()) or isinstance(data__judgements_key, bool):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".judgements must be integer")
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            data__judgements_property_names = False
                    if not data__judgements_property_names:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".judgements must be named by propertyName definition")
            data__judgements_is_dict = isinstance(data__judgements, dict)
            if data__judgements_is_dict:
                data__judgements_keys = set(data__judgements.keys())
                for data__judgements_key in data__judgements_keys:
                    if data__judgements_key not in []:
                        data__judgements_value = data__judgements.get(data__judgements_key)
                        if not isinstance(data__judgements_value, (dict)):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".judgements.{data__judgements_key}".format(**locals()) + " must be object")
                        data__judgements_value_is_dict = isinstance(data__judgements_value, dict)
                        if data__judgements_value_is_dict:
                            data__judgements_value_len = len(data__judgements_value)
                            if data__judgements_value_len != 0:
                                data__judgements_value_property_names = True
                                for data__judgements_value_key in data__judgements_value:
                                    try:
                                        if not isinstance(data__judgements_value_key, (int)) and not (isinstance(data__judgements_value_key, float) and data__judgements_value_key.is_integer()) or isinstance(data__judgements_value_key, bool):
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".judgements.{data__judgements_key}".format(**locals()) + " must be integer")
                                    except (JsonSchemaValueException, JsonSchemaValuesException):
                                        data__judgements_value_property_names = False
                                if not data__judgements_value_property_names:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".judgements.{data__judgements_key}".format(**locals()) + " must be named by propertyName definition")
                        data__judgements_value_is_dict = isinstance(data__judgements_value, dict)
                        if data__judgements_value_is_dict:
                            data__judgements_value_keys = set(data__judgements_value.keys())
                            for data__judgements_value_key in data__judgements_value_keys:
                                if data__judgements_value_key not in []:
                                    data__judgements_value_value = data__judgements_value.get(data__judgements_value_key)
                                    data__judgements_value_value_one_of_count8 = 0
                                    if data__judgements_value_value_one_of_count8 < 2:
                                        try:
                                            if not isinstance(data__judgements_value_value, (str)):
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".judgements.{data__judgements_key}.{data__judgements_value_key}".format(**locals()) + " must be string")
                                            if not (isinstance(data__judgements_value_value, str) and data__judgements_value_value == 'none' or isinstance(data__judgements_value_value, str) and data__judgements_value_value == 'very_weak' or isinstance(data__judgements_value_value, str) and data__judgements_value_value == 'weak' or isinstance(data__judgements_value_value, str) and data__judgements_value_value == 'moderate' or isinstance(data__judgements_value_value, str) and data__judgements_value_value == 'strong' or isinstance(data__judgements_value_value, str) and data__judgements_value_value == 'very_strong' or isinstance(data__judgements_value_value, str) and data__judgements_value_value == 'extreme'):
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".judgements.{data__judgements_key}.{data__judgements_value_key}".format(**locals()) + " must be one of ['none', 'very_weak', 'weak', 'moderate', 'strong', 'very_strong', 'extreme']")
                                            data__judgements_value_value_one_of_count8 += 1
                                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                                    if data__judgements_value_value_one_of_count8 < 2:
                                        try:
                                            if not isinstance(data__judgements_value_value, (list, tuple)):
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".judgements.{data__judgements_key}.{data__judgements_value_key}".format(**locals()) + " must be array")
                                            data__judgements_value_value_is_list = isinstance(data__judgements_value_value, (list, tuple))
                                            if data__judgements_value_value_is_list:
                                                data__judgements_value_value_len = len(data__judgements_value_value)
                                                if data__judgements_value_value_len < 2:
                                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".judgements.{data__judgements_key}.{data__judgements_value_key}".format(**locals()) + " must contain at least 2 items")
                                                if data__judgements_value_value_len > 2:
                                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".judgements.{data__judgements_key}.{data__judgements_value_key}".format(**locals()) + " must contain less than or equal to 2 items")
                                                for data__judgements_value_value_x, data__judgements_value_value_item in enumerate(data__judgements_value_value):
                                                    if not isinstance(data__judgements_value_value_item, (str)):
                                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".judgements.{data__judgements_key}.{data__judgements_value_key}[{data__judgements_value_value_x}]".format(**locals()) + " must be string")
                                                    if not (isinstance(data__judgements_value_value_item, str) and data__judgements_value_value_item == 'none' or isinstance(data__judgements_value_value_item, str) and data__judgements_value_value_item == 'very_weak' or isinstance(data__judgements_value_value_item, str) and data__judgements_value_value_item == 'weak' or isinstance(data__judgements_value_value_item, str) and data__judgements_value_value_item == 'moderate' or isinstance(data__judgements_value_value_item, str) and data__judgements_value_value_item == 'strong' or isinstance(data__judgements_value_value_item, str) and data__judgements_value_value_item == 'very_strong' or isinstance(data__judgements_value_value_item, str) and data__judgements_value_value_item == 'extreme'):
                                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".judgements.{data__judgements_key}.{data__judgements_value_key}[{data__judgements_value_value_x}]".format(**locals()) + " must be one of ['none', 'very_weak', 'weak', 'moderate', 'strong', 'very_strong', 'extreme']")
                                            data__judgements_value_value_one_of_count8 += 1
                                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                                    if data__judgements_value_value_one_of_count8 != 1:
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".judgements.{data__judgements_key}.{data__judgements_value_key}".format(**locals()) + " must be valid exactly by one definition")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate_fast_criteria___defs_weightingspec(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "swings" in data_keys:
            data_keys.remove("swings")
            data__swings = data["swings"]
            if not isinstance(data__swings, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".swings must be object")
            data__swings_is_dict = isinstance(data__swings, dict)
            if data__swings_is_dict:
                data__swings_len = len(data__swings)
                if data__swings_len != 0:
                    data__swings_property_names = True
                    for data__swings_key in data__swings:
                        try:
                            if not isinstance(data__swings_key, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".swings must be string")
                            if isinstance(data__swings_key, str):
                                data__swings_key_len = len(data__swings_key)
                                if data__swings_key_len > 64:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".swings must be shorter than or equal to 64 characters")
                                if not REGEX_PATTERNS['^[a-z][a-z0-9_]*$'].search(data__swings_key):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".swings must match pattern ^[a-z][a-z0-9_]*$")
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            data__swings_property_names = False
                    if not data__swings_property_names:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".swings must be named by propertyName definition")
            data__swings_is_dict = isinstance(data__swings, dict)
            if data__swings_is_dict:
                data__swings_keys = set(data__swings.keys())
                for data__swings_key, data__swings_val in data__swings.items():
                    if REGEX_PATTERNS['^[a-z][a-z0-9_]*$'].search(data__swings_key):
                        if data__swings_key in data__swings_keys:
                            data__swings_keys.remove(data__swings_key)
                        if not isinstance(data__swings_val, (int, float, Decimal)) or isinstance(data__swings_val, bool):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".swings.{data__swings_key}".format(**locals()) + " must be number")
                        if isinstance(data__swings_val, (int, float, Decimal)) and not isinstance(data__swings_val, bool):
                            if data__swings_val < 0:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".swings.{data__swings_key}".format(**locals()) + " must be bigger than or equal to 0")
                            if data__swings_val > 100:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".swings.{data__swings_key}".format(**locals()) + " must be smaller than or equal to 100")
                data__swings_len = len(data__swings)
                if data__swings_len != 0:
                    data__swings_property_names = True
                    for data__swings_key in data__swings:
                        try:
                            if isinstance(data__swings_key, str):
                                data__swings_key_len = len(data__swings_key)
                                if data__swings_key_len > 64:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".swings must be shorter than or equal to 64 characters")
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            data__swings_property_names = False
                    if not data__swings_property_names:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".swings must be named by propertyName definition")
        if "order" in data_keys:
            data_keys.remove("order")
            data__order = data["order"]
            if not isinstance(data__order, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".order must be array")
            data__order_is_list = isinstance(data__order, (list, tuple))
            if data__order_is_list:
                data__order_len = len(data__order)
                if data__order_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".order must contain at least 1 items")
                for data__order_x, data__order_item in enumerate(data__order):
                    data__order_item_one_of_count9 = 0
                    if data__order_item_one_of_count9 < 2:
                        try:
                            if not isinstance(data__order_item, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".order[{data__order_x}]".format(**locals()) + " must be string")
                            if isinstance(data__order_item, str):
                                data__order_item_len = len(data__order_item)
                                if data__order_item_len > 64:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".order[{data__order_x}]".format(**locals()) + " must be shorter than or equal to 64 characters")
                                if not REGEX_PATTERNS['^[a-z][a-z0-9_]*$'].search(data__order_item):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".order[{data__order_x}]".format(**locals()) + " must match pattern ^[a-z][a-z0-9_]*$")
                            data__order_item_one_of_count9 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if data__order_item_one_of_count9 < 2:
                        try:
                            if not isinstance(data__order_item, (list, tuple)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".order[{data__order_x}]".format(**locals()) + " must be array")
                            data__order_item_is_list = isinstance(data__order_item, (list, tuple))
                            if data__order_item_is_list:
                                data__order_item_len = len(data__order_item)
                                if data__order_item_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".order[{data__order_x}]".format(**locals()) + " must contain at least 1 items")
                                for data__order_item_x, data__order_item_item in enumerate(data__order_item):
                                    if not isinstance(data__order_item_item, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".order[{data__order_x}][{data__order_item_x}]".format(**locals()) + " must be string")
                                    if isinstance(data__order_item_item, str):
                                        data__order_item_item_len = len(data__order_item_item)
                                        if data__order_item_item_len > 64:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".order[{data__order_x}][{data__order_item_x}]".format(**locals()) + " must be shorter than or equal to 64 characters")
                                        if not REGEX_PATTERNS['^[a-z][a-z0-9_]*$'].search(data__order_item_item):
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".order[{data__order_x}][{data__order_item_x}]".format(**locals()) + " must match pattern ^[a-z][a-z0-9_]*$")
                            data__order_item_one_of_count9 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if data__order_item_one_of_count9 != 1:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".order[{data__order_x}]".format(**locals()) + " must be valid exactly by one definition")
        if "formula" in data_keys:
            data_keys.remove("formula")
            data__formula = data["formula"]
            if not isinstance(data__formula, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".formula must be string")
            if not (isinstance(data__formula, str) and data__formula == 'centroid' or isinstance(data__formula, str) and data__formula == 'rank_sum' or isinstance(data__formula, str) and data__formula == 'reciprocal'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".formula must be one of ['centroid', 'rank_sum', 'reciprocal']")
        if "comparisons" in data_keys:
            data_keys.remove("comparisons")
            data__comparisons = data["comparisons"]
            if not isinstance(data__comparisons, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".comparisons must be object")
            data__comparisons_is_dict = isinstance(data__comparisons, dict)
            if data__comparisons_is_dict:
                data__comparisons_len = len(data__comparisons)
                if data__comparisons_len != 0:
                    data__comparisons_property_names = True
                    for data__comparisons_key in data__comparisons:
                        try:
                            if not isinstance(data__comparisons_key, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".comparisons must be string")
                            if isinstance(data__comparisons_key, str):
                                data__comparisons_key_len = len(data__comparisons_key)
                                if data__comparisons_key_len > 64:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".comparisons must be shorter than or equal to 64 characters")
                                if not REGEX_PATTERNS['^[a-z][a-z0-9_]*$'].search(data__comparisons_key):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".comparisons must match pattern ^[a-z][a-z0-9_]*$")
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            data__comparisons_property_names = False
                    if not data__comparisons_property_names:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".comparisons must be named by propertyName definition")
            data__comparisons_is_dict = isinstance(data__comparisons, dict)
            if data__comparisons_is_dict:
                data__comparisons_keys = set(data__comparisons.keys())
                for data__comparisons_key, data__comparisons_val in data__comparisons.items():
                    if REGEX_PATTERNS['^[a-z][a-z0-9_]*$'].search(data__comparisons_key):
                        if data__comparisons_key in data__comparisons_keys:
                            data__comparisons_keys.remove(data__comparisons_key)
                        if not isinstance(data__comparisons_val, (dict)):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".comparisons.{data__comparisons_key}".format(**locals()) + " must be object")
                        data__comparisons_val_is_dict = isinstance(data__comparisons_val, dict)
                        if data__comparisons_val_is_dict:
                            data__comparisons_val_len = len(data__comparisons_val)
                            if data__comparisons_val_len != 0:
                                data__comparisons_val_property_names = True
                                for data__comparisons_val_key in data__comparisons_val:
                                    try:
                                        if not isinstance(data__comparisons_val_key, (str)):
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".comparisons.{data__comparisons_key}".format(**locals()) + " must be string")
                                        if isinstance(data__comparisons_val_key, str):
                                            data__comparisons_val_key_len = len(data__comparisons_val_key)
                                            if data__comparisons_val_key_len > 64:
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".comparisons.{data__comparisons_key}".format(**locals()) + " must be shorter than or equal to 64 characters")
                                            if not REGEX_PATTERNS['^[a-z][a-z0-9_]*$'].search(data__comparisons_val_key):
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".comparisons.{data__comparisons_key}".format(**locals()) + " must match pattern ^[a-z][a-z0-9_]*$")
                                    except (JsonSchemaValueException, JsonSchemaValuesException):
                                        data__comparisons_val_property_names = False
                                if not data__comparisons_val_property_names:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".comparisons.{data__comparisons_key}".format(**locals()) + " must be named by propertyName definition")
                        data__comparisons_val_is_dict = isinstance(data__comparisons_val, dict)
                        if data__comparisons_val_is_dict:
                            data__comparisons_val_keys = set(data__comparisons_val.keys())
                            for data__comparisons_val_key, data__comparisons_val_val in data__comparisons_val.items():
                                if REGEX_PATTERNS['^[a-z][a-z0-9_]*$'].search(data__comparisons_val_key):
                                    if data__comparisons_val_key in data__comparisons_val_keys:
                                        data__comparisons_val_keys.remove(data__comparisons_val_key)
                                    data__comparisons_val_val_one_of_count10 = 0
                                    if data__comparisons_val_val_one_of_count10 < 2:
                                        try:
                                            if not isinstance(data__comparisons_val_val, (int, float, Decimal)) or isinstance(data__comparisons_val_val, bool):
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".comparisons.{data__comparisons_key}.{data__comparisons_val_key}".format(**locals()) + " must be number")
                                            if isinstance(data__comparisons_val_val, (int, float, Decimal)) and not isinstance(data__comparisons_val_val, bool):
                                                if data__comparisons_val_val <= 0:
                                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".comparisons.{data__comparisons_key}.{data__comparisons_val_key}".format(**locals()) + " must be bigger than 0")
                                            data__comparisons_val_val_one_of_count10 += 1
                                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                                    if data__comparisons_val_val_one_of_count10 < 2:
                                        try:
                                            if not isinstance(data__comparisons_val_val, (str)):
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".comparisons.{data__comparisons_key}.{data__comparisons_val_key}".format(**locals()) + " must be string")
                                            if isinstance(data__comparisons_val_val, str):
                                                if not REGEX_PATTERNS['^1/[1-9]$'].search(data__comparisons_val_val):
                                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".comparisons.{data__comparisons_key}.{data__comparisons_val_key}".format(**locals()) + " must match pattern ^1/[1-9]$")
                                            data__comparisons_val_val_one_of_count10 += 1
                                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                                    if data__comparisons_val_val_one_of_count10 != 1:
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".comparisons.{data__comparisons_key}.{data__comparisons_val_key}".format(**locals()) + " must be valid exactly by one definition")
                            data__comparisons_val_len = len(data__comparisons_val)
                            if data__comparisons_val_len != 0:
                                data__comparisons_val_property_names = True
                                for data__comparisons_val_key in data__comparisons_val:
                                    try:
                                        if isinstance(data__comparisons_val_key, str):
                                            data__comparisons_val_key_len = len(data__comparisons_val_key)
                                            if data__comparisons_val_key_len > 64:
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".comparisons.{data__comparisons_key}".format(**locals()) + " must be shorter than or equal to 64 characters")
                                    except (JsonSchemaValueException, JsonSchemaValuesException):
                                        data__comparisons_val_property_names = False
                                if not data__comparisons_val_property_names:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".comparisons.{data__comparisons_key}".format(**locals()) + " must be named by propertyName definition")
                data__comparisons_len = len(data__comparisons)
                if data__comparisons_len != 0:
                    data__comparisons_property_names = True
                    for data__comparisons_key in data__comparisons:
                        try:
                            if isinstance(data__comparisons_key, str):
                                data__comparisons_key_len = len(data__comparisons_key)
                                if data__comparisons_key_len > 64:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".comparisons must be shorter than or equal to 64 characters")
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            data__comparisons_property_names = False
                    if not data__comparisons_property_names:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".comparisons must be named by propertyName definition")
        if "judges" in data_keys:
            data_keys.remove("judges")
            data__judges = data["judges"]
            if not isinstance(data__judges, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".judges must be object")
            data__judges_is_dict = isinstance(data__judges, dict)
            if data__judges_is_dict:
                data__judges_len = len(data__judges)
                if data__judges_len != 0:
                    data__judges_property_names = True
                    for data__judges_key in data__judges:
                        try:
                            if not isinstance(data__judges_key, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".judges must be string")
                            if isinstance(data__judges_key, str):
                                data__judges_key_len = len(data__judges_key)
                                if data__judges_key_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".judges must be longer than or equal to 1 characters")
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            data__judges_property_names = False
                    if not data__judges_property_names:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".judges must be named by propertyName definition")
            data__judges_is_dict = isinstance(data__judges, dict)
            if data__judges_is_dict:
                data__judges_keys = set(data__judges.keys())
                for data__judges_key in data__judges_keys:
                    if data__judges_key not in []:
                        data__judges_value = data__judges.get(data__judges_key)
                        if not isinstance(data__judges_value, (dict)):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".judges.{data__judges_key}".format(**locals()) + " must be object")
                        data__judges_value_is_dict = isinstance(data__judges_value, dict)
                        if data__judges_value_is_dict:
                            data__judges_value_len = len(data__judges_value)
                            if data__judges_value_len != 0:
                                data__judges_value_property_names = True
                                for data__judges_value_key in data__judges_value:
                                    try:
                                        if not isinstance(data__judges_value_key, (str)):
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".judges.{data__judges_key}".format(**locals()) + " must be string")
                                        if isinstance(data__judges_value_key, str):
                                            data__judges_value_key_len = len(data__judges_value_key)
                                            if data__judges_value_key_len > 64:
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".judges.{data__judges_key}".format(**locals()) + " must be shorter than or equal to 64 characters")
                                            if not REGEX_PATTERNS['^[a-z][a-z0-9_]*$'].search(data__judges_value_key):
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".judges.{data__judges_key}".format(**locals()) + " must match pattern ^[a-z][a-z0-9_]*$")
                                    except (JsonSchemaValueException, JsonSchemaValuesException):
                                        data__judges_value_property_names = False
                                if not data__judges_value_property_names:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".judges.{data__judges_key}".format(**locals()) + " must be named by propertyName definition")
                        data__judges_value_is_dict = isinstance(data__judges_value, dict)
                        if data__judges_value_is_dict:
                            data__judges_value_keys = set(data__judges_value.keys())
                            for data__judges_value_key, data__judges_value_val in data__judges_value.items():
                                if REGEX_PATTERNS['^[a-z][a-z0-9_]*$'].search(data__judges_value_key):
                                    if data__judges_value_key in data__judges_value_keys:
                                        data__judges_value_keys.remove(data__judges_value_key)
                                    if not isinstance(data__judges_value_val, (dict)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".judges.{data__judges_key}.{data__judges_value_key}".format(**locals()) + " must be object")
                                    data__judges_value_val_is_dict = isinstance(data__judges_value_val, dict)
                                    if data__judges_value_val_is_dict:
                                        data__judges_value_val_len = len(data__judges_value_val)
                                        if data__judges_value_val_len != 0:
                                            data__judges_value_val_property_names = True
                                            for data__judges_value_val_key in data__judges_value_val:
                                                try:
                                                    if not isinstance(data__judges_value_val_key, (str)):
                                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".judges.{data__judges_key}.{data__judges_value_key}".format(**locals()) + " must be string")
                                                    if isinstance(data__judges_value_val_key, str):
                                                        data__judges_value_val_key_len = len(data__judges_value_val_key)
                                                        if data__judges_value_val_key_len > 64:
                                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".judges.{data__judges_key}.{data__judges_value_key}".format(**locals()) + " must be shorter than or equal to 64 characters")
                                                        if not REGEX_PATTERNS['^[a-z][a-z0-9_]*$'].search(data__judges_value_val_key):
                                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".judges.{data__judges_key}.{data__judges_value_key}".format(**locals()) + " must match pattern ^[a-z][a-z0-9_]*$")
                                                except (JsonSchemaValueException, JsonSchemaValuesException):
                                                    data__judges_value_val_property_names = False
                                            if not data__judges_value_val_property_names:
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".judges.{data__judges_key}.{data__judges_value_key}".format(**locals()) + " must be named by propertyName definition")
                                    data__judges_value_val_is_dict = isinstance(data__judges_value_val, dict)
                                    if data__judges_value_val_is_dict:
                                        data__judges_value_val_keys = set(data__judges_value_val.keys())
                                        for data__judges_value_val_key, data__judges_value_val_val in data__judges_value_val.items():
                                            if REGEX_PATTERNS['^[a-z][a-z0-9_]*$'].search(data__judges_value_val_key):
                                                if data__judges_value_val_key in data__judges_value_val_keys:
                                                    data__judges_value_val_keys.remove(data__judges_value_val_key)
                                                data__judges_value_val_val_one_of_count11 = 0
                                                if data__judges_value_val_val_one_of_count11 < 2:
                                                    try:
                                                        if not isinstance(data__judges_value_val_val, (int, float, Decimal)) or isinstance(data__judges_value_val_val, bool):
                                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".judges.{data__judges_key}.{data__judges_value_key}.{data__judges_value_val_key}".format(**locals()) + " must be number")
                                                        if isinstance(data__judges_value_val_val, (int, float, Decimal)) and not isinstance(data__judges_value_val_val, bool):
                                                            if data__judges_value_val_val <= 0:
                                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".judges.{data__judges_key}.{data__judges_value_key}.{data__judges_value_val_key}".format(**locals()) + " must be bigger than 0")
                                                        data__judges_value_val_val_one_of_count11 += 1
                                                    except (JsonSchemaValueException, JsonSchemaValuesException): pass
                                                if data__judges_value_val_val_one_of_count11 < 2:
                                                    try:
                                                        if not isinstance(data__judges_value_val_val, (str)):
                                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".judges.{data__judges_key}.{data__judges_value_key}.{data__judges_value_val_key}".format(**locals()) + " must be string")
                                                        if isinstance(data__judges_value_val_val, str):
                                                            if not REGEX_PATTERNS['^1/[1-9]$'].search(data__judges_value_val_val):
                                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".judges.{data__judges_key}.{data__judges_value_key}.{data__judges_value_val_key}".format(**locals()) + " must match pattern ^1/[1-9]$")
                                                        data__judges_value_val_val_one_of_count11 += 1
                                                    except (JsonSchemaValueException, JsonSchemaValuesException): pass
                                                if data__judges_value_val_val_one_of_count11 != 1:
                                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".judges.{data__judges_key}.{data__judges_value_key}.{data__judges_value_val_key}".format(**locals()) + " must be valid exactly by one definition")
                                        data__judges_value_val_len = len(data__judges_value_val)
                                        if data__judges_value_val_len != 0:
                                            data__judges_value_val_property_names = True
                                            for data__judges_value_val_key in data__judges_value_val:
                                                try:
                                                    if isinstance(data__judges_value_val_key, str):
                                                        data__judges_value_val_key_len = len(data__judges_value_val_key)
                                                        if data__judges_value_val_key_len > 64:
                                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".judges.{data__judges_key}.{data__judges_value_key}".format(**locals()) + " must be shorter than or equal to 64 characters")
                                                except (JsonSchemaValueException, JsonSchemaValuesException):
                                                    data__judges_value_val_property_names = False
                                            if not data__judges_value_val_property_names:
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".judges.{data__judges_key}.{data__judges_value_key}".format(**locals()) + " must be named by propertyName definition")
                            data__judges_value_len = len(data__judges_value)
                            if data__judges_value_len != 0:
                                data__judges_value_property_names = True
                                for data__judges_value_key in data__judges_value:
                                    try:
                                        if isinstance(data__judges_value_key, str):
                                            data__judges_value_key_len = len(data__judges_value_key)
                                            if data__judges_value_key_len > 64:
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".judges.{data__judges_key}".format(**locals()) + " must be shorter than or equal to 64 characters")
                                    except (JsonSchemaValueException, JsonSchemaValuesException):
                                        data__judges_value_property_names = False
                                if not data__judges_value_property_names:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".judges.{data__judges_key}".format(**locals()) + " must be named by propertyName definition")
                data__judges_len = len(data__judges)
                if data__judges_len != 0:
                    data__judges_property_names = True
                    for data__judges_key in data__judges:
                        try:
                            if isinstance(data__judges_key, str):
                                data__judges_key_len = len(data__judges_key)
                                if data__judges_key_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".judges must be longer than or equal to 1 characters")
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            data__judges_property_names = False
                    if not data__judges_property_names:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".judges must be named by propertyName definition")
        if "judgements" in data_keys:
            data_keys.remove("judgements")
            data__judgements = data["judgements"]
            if not isinstance(data__judgements, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".judgements must be object")
            data__judgements_is_dict = isinstance(data__judgements, dict)
            if data__judgements_is_dict:
                data__judgements_len = len(data__judgements)
                if data__judgements_len != 0:
                    data__judgements_property_names = True
                    for data__judgements_key in data__judgements:
                        try:
                            if not isinstance(data__judgements_key, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".judgements must be string")
                            if isinstance(data__judgements_key, str):
                                data__judgements_key_len = len(data__judgements_key)
                                if data__judgements_key_len > 64:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".judgements must be shorter than or equal to 64 characters")
                                if not REGEX_PATTERNS['^[a-z][a-z0-9_]*$'].search(data__judgements_key):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".judgements must match pattern ^[a-z][a-z0-9_]*$")
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            data__judgements_property_names = False
                    if not data__judgements_property_names:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".judgements must be named by propertyName definition")
            data__judgements_is_dict = isinstance(data__judgements, dict)
            if data__judgements_is_dict:
                data__judgements_keys = set(data__judgements.keys())
                for data__judgements_key, data__judgements_val in data__judgements.items():
                    if REGEX_PATTERNS['^[a-z][a-z0-9_]*$'].search(data__judgements_key):
                        if data__judgements_key in data__judgements_keys:
                            data__judgements_keys.remove(data__judgements_key)
                        if not isinstance(data__judgements_val, (dict)):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".judgements.{data__judgements_key}".format(**locals()) + " must be object")
                        data__judgements_val_is_dict = isinstance(data__judgements_val, dict)
                        if data__judgements_val_is_dict:
                            data__judgements_val_len = len(data__judgements_val)
                            if data__judgements_val_len != 0:
                                data__judgements_val_property_names = True
                                for data__judgements_val_key in data__judgements_val:
                                    try:
                                        if not isinstance(data__judgements_val_key, (str)):
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".judgements.{data__judgements_key}".format(**locals()) + " must be string")
                                        if isinstance(data__judgements_val_key, str):
                                            data__judgements_val_key_len = len(data__judgements_val_key)
                                            if data__judgements_val_key_len > 64:
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".judgements.{data__judgements_key}".format(**locals()) + " must be shorter than or equal to 64 characters")
                                            if not REGEX_PATTERNS['^[a-z][a-z0-9_]*$'].search(data__judgements_val_key):
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".judgements.{data__judgements_key}".format(**locals()) + " must match pattern ^[a-z][a-z0-9_]*$")
                                    except (JsonSchemaValueException, JsonSchemaValuesException):
                                        data__judgements_val_property_names = False
                                if not data__judgements_val_property_names:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".judgements.{data__judgements_key}".format(**locals()) + " must be named by propertyName definition")
                        data__judgements_val_is_dict = isinstance(data__judgements_val, dict)
                        if data__judgements_val_is_dict:
                            data__judgements_val_keys = set(data__judgements_val.keys())
                            for data__judgements_val_key, data__judgements_val_val in data__judgements_val.items():
                                if REGEX_PATTERNS['^[a-z][a-z0-9_]*$'].search(data__judgements_val_key):
                                    if data__judgements_val_key in data__judgements_val_keys:
                                        data__judgements_val_keys.remove(data__judgements_val_key)
                                    data__judgements_val_val_one_of_count12 = 0
                                    if data__judgements_val_val_one_of_count12 < 2:
                                        try:
                                            if not isinstance(data__judgements_val_val, (str)):
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".judgements.{data__judgements_key}.{data__judgements_val_key}".format(**locals()) + " must be string")
                                            if not (isinstance(data__judgements_val_val, str) and data__judgements_val_val == 'none' or isinstance(data__judgements_val_val, str) and data__judgements_val_val == 'very_weak' or isinstance(data__judgements_val_val, str) and data__judgements_val_val == 'weak' or isinstance(data__judgements_val_val, str) and data__judgements_val_val == 'moderate' or isinstance(data__judgements_val_val, str) and data__judgements_val_val == 'strong' or isinstance(data__judgements_val_val, str) and data__judgements_val_val == 'very_strong' or isinstance(data__judgements_val_val, str) and data__judgements_val_val == 'extreme'):
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".judgements.{data__judgements_key}.{data__judgements_val_key}".format(**locals()) + " must be one of ['none', 'very_weak', 'weak', 'moderate', 'strong', 'very_strong', 'extreme']")
                                            data__judgements_val_val_one_of_count12 += 1
                                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                                    if data__judgements_val_val_one_of_count12 < 2:
                                        try:
                                            if not isinstance(data__judgements_val_val, (list, tuple)):
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".judgements.{data__judgements_key}.{data__judgements_val_key}".format(**locals()) + " must be array")
                                            data__judgements_val_val_is_list = isinstance(data__judgements_val_val, (list, tuple))
                                            if data__judgements_val_val_is_list:
                                                data__judgements_val_val_len = len(data__judgements_val_val)
                                                if data__judgements_val_val_len < 2:
                                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".judgements.{data__judgements_key}.{data__judgements_val_key}".format(**locals()) + " must contain at least 2 items")
                                                if data__judgements_val_val_len > 2:
                                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".judgements.{data__judgements_key}.{data__judgements_val_key}".format(**locals()) + " must contain less than or equal to 2 items")
                                                for data__judgements_val_val_x, data__judgements_val_val_item in enumerate(data__judgements_val_val):
                                                    if not isinstance(data__judgements_val_val_item, (str)):
                                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".judgements.{data__judgements_key}.{data__judgements_val_key}[{data__judgements_val_val_x}]".format(**locals()) + " must be string")
                                                    if not (isinstance(data__judgements_val_val_item, str) and data__judgements_val_val_item == 'none' or isinstance(data__judgements_val_val_item, str) and data__judgements_val_val_item == 'very_weak' or isinstance(data__judgements_val_val_item, str) and data__judgements_val_val_item == 'weak' or isinstance(data__judgements_val_val_item, str) and data__judgements_val_val_item == 'moderate' or isinstance(data__judgements_val_val_item, str) and data__judgements_val_val_item == 'strong' or isinstance(data__judgements_val_val_item, str) and data__judgements_val_val_item == 'very_strong' or isinstance(data__judgements_val_val_item, str) and data__judgements_val_val_item == 'extreme'):
                                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".judgements.{data__judgements_key}.{data__judgements_val_key}[{data__judgements_val_val_x}]".format(**locals()) + " must be one of ['none', 'very_weak', 'weak', 'moderate', 'strong', 'very_strong', 'extreme']")
                                            data__judgements_val_val_one_of_count12 += 1
                                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                                    if data__judgements_val_val_one_of_count12 != 1:
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".judgements.{data__judgements_key}.{data__judgements_val_key}".format(**locals()) + " must be valid exactly by one definition")
                            data__judgements_val_len = len(data__judgements_val)
                            if data__judgements_val_len != 0:
                                data__judgements_val_property_names = True
                                for data__judgements_val_key in data__judgements_val:
                                    try:
                                        if isinstance(data__judgements_val_key, str):
                                            data__judgements_val_key_len = len(data__judgements_val_key)
                                            if data__judgements_val_key_len > 64:
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".judgements.{data__judgements_key}".format(**locals()) + " must be shorter than or equal to 64 characters")
                                    except (JsonSchemaValueException, JsonSchemaValuesException):
                                        data__judgements_val_property_names = False
                                if not data__judgements_val_property_names:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".judgements.{data__judgements_key}".format(**locals()) + " must be named by propertyName definition")
                data__judgements_len = len(data__judgements)
                if data__judgements_len != 0:
                    data__judgements_property_names = True
                    for data__judgements_key in data__judgements:
                        try:
                            if isinstance(data__judgements_key, str):
                                data__judgements_key_len = len(data__judgements_key)
                                if data__judgements_key_len > 64:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".judgements must be shorter than or equal to 64 characters")
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            data__judgements_property_names = False
                    if not data__judgements_property_names:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".judgements must be named by propertyName definition")
        if "method" in data_keys:
            data_keys.remove("method")
            data__method = data["method"]
            if not isinstance(data__method, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".method must be string")
            if not (isinstance(data__method, str) and data__method == 'direct' or isinstance(data__method, str) and data__method == 'swing' or isinstance(data__method, str) and data__method == 'rank' or isinstance(data__method, str) and data__method == 'pairwise' or isinstance(data__method, str) and data__method == 'macbeth'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".method must be one of ['direct', 'swing', 'rank', 'pairwise', 'macbeth']")
        if "participants" in data_keys:
            data_keys.remove("participants")
            data__participants = data["participants"]
            if not isinstance(data__participants, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".participants must be array")
            data__participants_is_list = isinstance(data__participants, (list, tuple))
            if data__participants_is_list:
                data__participants_len = len(data__participants)
                for data__participants_x, data__participants_item in enumerate(data__participants):
                    if not isinstance(data__participants_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".participants[{data__participants_x}]".format(**locals()) + " must be string")
                    if isinstance(data__participants_item, str):
                        data__participants_item_len = len(data__participants_item)
                        if data__participants_item_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".participants[{data__participants_x}]".format(**locals()) + " must be longer than or equal to 1 characters")
        if "date" in data_keys:
            data_keys.remove("date")
            data__date = data["date"]
            data__date_any_of_count13 = 0
            if not data__date_any_of_count13:
                try:
                    if not isinstance(data__date, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".date must be string")
                    data__date_any_of_count13 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__date_any_of_count13:
                try:
                    if not isinstance(data__date, (NoneType)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".date must be null")
                    data__date_any_of_count13 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__date_any_of_count13:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".date cannot be validated by any definition")
        if "rationale" in data_keys:
            data_keys.remove("rationale")
            data__rationale = data["rationale"]
            data__rationale_any_of_count14 = 0
            if not data__rationale_any_of_count14:
                try:
                    if not isinstance(data__rationale, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".rationale must be string")
                    data__rationale_any_of_count14 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__rationale_any_of_count14:
                try:
                    if not isinstance(data__rationale, (NoneType)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".rationale must be null")
                    data__rationale_any_of_count14 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__rationale_any_of_count14:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".rationale cannot be validated by any definition")
        if "groups" in data_keys:
            data_keys.remove("groups")
            data__groups = data["groups"]
            if not isinstance(data__groups, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".groups must be object")
            data__groups_is_dict = isinstance(data__groups, dict)
            if data__groups_is_dict:
                data__groups_len = len(data__groups)
                if data__groups_len != 0:
                    data__groups_property_names = True
                    for data__groups_key in data__groups:
                        try:
                            if not isinstance(data__groups_key, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".groups must be string")
                            if isinstance(data__groups_key, str):
                                data__groups_key_len = len(data__groups_key)
                                if data__groups_key_len > 64:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".groups must be shorter than or equal to 64 characters")
                                if not REGEX_PATTERNS['^[a-z][a-z0-9_]*$'].search(data__groups_key):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".groups must match pattern ^[a-z][a-z0-9_]*$")
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            data__groups_property_names = False
                    if not data__groups_property_names:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".groups must be named by propertyName definition")
            data__groups_is_dict = isinstance(data__groups, dict)
            if data__groups_is_dict:
                data__groups_keys = set(data__groups.keys())
                for data__groups_key, data__groups_val in data__groups.items():
                    if REGEX_PATTERNS['^[a-z][a-z0-9_]*$'].search(data__groups_key):
                        if data__groups_key in data__groups_keys:
                            data__groups_keys.remove(data__groups_key)
                        validate_fast_criteria___defs_groupspec(data__groups_val, custom_formats, (name_prefix or "data") + ".groups.{data__groups_key}".format(**locals()))
                data__groups_len = len(data__groups)
                if data__groups_len != 0:
                    data__groups_property_names = True
                    for data__groups_key in data__groups:
                        try:
                            if isinstance(data__groups_key, str):
                                data__groups_key_len = len(data__groups_key)
                                if data__groups_key_len > 64:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".groups must be shorter than or equal to 64 characters")
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            data__groups_property_names = False
                    if not data__groups_property_names:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".groups must be named by propertyName definition")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate_fast_criteria___defs_groupspec(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['name']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
        data_keys = set(data.keys())
        if "swings" in data_keys:
            data_keys.remove("swings")
            data__swings = data["swings"]
            if not isinstance(data__swings, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".swings must be object")
            data__swings_is_dict = isinstance(data__swings, dict)
            if data__swings_is_dict:
                data__swings_len = len(data__swings)
                if data__swings_len != 0:
                    data__swings_property_names = True
                    for data__swings_key in data__swings:
                        try:
                            if not isinstance(data__swings_key, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".swings must be string")
                            if isinstance(data__swings_key, str):
                                data__swings_key_len = len(data__swings_key)
                                if data__swings_key_len > 64:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".swings must be shorter than or equal to 64 characters")
                                if not REGEX_PATTERNS['^[a-z][a-z0-9_]*$'].search(data__swings_key):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".swings must match pattern ^[a-z][a-z0-9_]*$")
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            data__swings_property_names = False
                    if not data__swings_property_names:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".swings must be named by propertyName definition")
            data__swings_is_dict = isinstance(data__swings, dict)
            if data__swings_is_dict:
                data__swings_keys = set(data__swings.keys())
                for data__swings_key, data__swings_val in data__swings.items():
                    if REGEX_PATTERNS['^[a-z][a-z0-9_]*$'].search(data__swings_key):
                        if data__swings_key in data__swings_keys:
                            data__swings_keys.remove(data__swings_key)
                        if not isinstance(data__swings_val, (int, float, Decimal)) or isinstance(data__swings_val, bool):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".swings.{data__swings_key}".format(**locals()) + " must be number")
                        if isinstance(data__swings_val, (int, float, Decimal)) and not isinstance(data__swings_val, bool):
                            if data__swings_val < 0:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".swings.{data__swings_key}".format(**locals()) + " must be bigger than or equal to 0")
                            if data__swings_val > 100:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".swings.{data__swings_key}".format(**locals()) + " must be smaller than or equal to 100")
                data__swings_len = len(data__swings)
                if data__swings_len != 0:
                    data__swings_property_names = True
                    for data__swings_key in data__swings:
                        try:
                            if isinstance(data__swings_key, str):
                                data__swings_key_len = len(data__swings_key)
                                if data__swings_key_len > 64:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".swings must be shorter than or equal to 64 characters")
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            data__swings_property_names = False
                    if not data__swings_property_names:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".swings must be named by propertyName definition")
        if "order" in data_keys:
            data_keys.remove("order")
            data__order = data["order"]
            if not isinstance(data__order, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".order must be array")
            data__order_is_list = isinstance(data__order, (list, tuple))
            if data__order_is_list:
                data__order_len = len(data__order)
                if data__order_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".order must contain at least 1 items")
                for data__order_x, data__order_item in enumerate(data__order):
                    data__order_item_one_of_count15 = 0
                    if data__order_item_one_of_count15 < 2:
                        try:
                            if not isinstance(data__order_item, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".order[{data__order_x}]".format(**locals()) + " must be string")
                            if isinstance(data__order_item, str):
                                data__order_item_len = len(data__order_item)
                                if data__order_item_len > 64:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".order[{data__order_x}]".format(**locals()) + " must be shorter than or equal to 64 characters")
                                if not REGEX_PATTERNS['^[a-z][a-z0-9_]*$'].search(data__order_item):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".order[{data__order_x}]".format(**locals()) + " must match pattern ^[a-z][a-z0-9_]*$")
                            data__order_item_one_of_count15 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if data__order_item_one_of_count15 < 2:
                        try:
                            if not isinstance(data__order_item, (list, tuple)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".order[{data__order_x}]".format(**locals()) + " must be array")
                            data__order_item_is_list = isinstance(data__order_item, (list, tuple))
                            if data__order_item_is_list:
                                data__order_item_len = len(data__order_item)
                                if data__order_item_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".order[{data__order_x}]".format(**locals()) + " must contain at least 1 items")
                                for data__order_item_x, data__order_item_item in enumerate(data__order_item):
                                    if not isinstance(data__order_item_item, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".order[{data__order_x}][{data__order_item_x}]".format(**locals()) + " must be string")
                                    if isinstance(data__order_item_item, str):
                                        data__order_item_item_len = len(data__order_item_item)
                                        if data__order_item_item_len > 64:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".order[{data__order_x}][{data__order_item_x}]".format(**locals()) + " must be shorter than or equal to 64 characters")
                                        if not REGEX_PATTERNS['^[a-z][a-z0-9_]*$'].search(data__order_item_item):
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".order[{data__order_x}][{data__order_item_x}]".format(**locals()) + " must match pattern ^[a-z][a-z0-9_]*$")
                            data__order_item_one_of_count15 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if data__order_item_one_of_count15 != 1:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".order[{data__order_x}]".format(**locals()) + " must be valid exactly by one definition")
        if "formula" in data_keys:
            data_keys.remove("formula")
            data__formula = data["formula"]
            if not isinstance(data__formula, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".formula must be string")
            if not (isinstance(data__formula, str) and data__formula == 'centroid' or isinstance(data__formula, str) and data__formula == 'rank_sum' or isinstance(data__formula, str) and data__formula == 'reciprocal'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".formula must be one of ['centroid', 'rank_sum', 'reciprocal']")
        if "comparisons" in data_keys:
            data_keys.remove("comparisons")
            data__comparisons = data["comparisons"]
            if not isinstance(data__comparisons, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".comparisons must be object")
            data__comparisons_is_dict = isinstance(data__comparisons, dict)
            if data__comparisons_is_dict:
                data__comparisons_len = len(data__comparisons)
                if data__comparisons_len != 0:
                    data__comparisons_property_names = True
                    for data__comparisons_key in data__comparisons:
                        try:
                            if not isinstance(data__comparisons_key, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".comparisons must be string")
                            if isinstance(data__comparisons_key, str):
                                data__comparisons_key_len = len(data__comparisons_key)
                                if data__comparisons_key_len > 64:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".comparisons must be shorter than or equal to 64 characters")
                                if not REGEX_PATTERNS['^[a-z][a-z0-9_]*$'].search(data__comparisons_key):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".comparisons must match pattern ^[a-z][a-z0-9_]*$")
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            data__comparisons_property_names = False
                    if not data__comparisons_property_names:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".comparisons must be named by propertyName definition")
            data__comparisons_is_dict = isinstance(data__comparisons, dict)
            if data__comparisons_is_dict:
                data__comparisons_keys = set(data__comparisons.keys())
                for data__comparisons_key, data__comparisons_val in data__comparisons.items():
                    if REGEX_PATTERNS['^[a-z][a-z0-9_]*$'].search(data__comparisons_key):
                        if data__comparisons_key in data__comparisons_keys:
                            data__comparisons_keys.remove(data__comparisons_key)
                        if not isinstance(data__comparisons_val, (dict)):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".comparisons.{data__comparisons_key}".format(**locals()) + " must be object")
                        data__comparisons_val_is_dict = isinstance(data__comparisons_val, dict)
                        if data__comparisons_val_is_dict:
                            data__comparisons_val_len = len(data__comparisons_val)
                            if data__comparisons_val_len != 0:
                                data__comparisons_val_property_names = True
                                for data__comparisons_val_key in data__comparisons_val:
                                    try:
                                        if not isinstance(data__comparisons_val_key, (str)):
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".comparisons.{data__comparisons_key}".format(**locals()) + " must be string")
                                        if isinstance(data__comparisons_val_key, str):
                                            data__comparisons_val_key_len = len(data__comparisons_val_key)
                                            if data__comparisons_val_key_len > 64:
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".comparisons.{data__comparisons_key}".format(**locals()) + " must be shorter than or equal to 64 characters")
                                            if not REGEX_PATTERNS['^[a-z][a-z0-9_]*$'].search(data__comparisons_val_key):
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".comparisons.{data__comparisons_key}".format(**locals()) + " must match pattern ^[a-z][a-z0-9_]*$")
                                    except (JsonSchemaValueException, JsonSchemaValuesException):
                                        data__comparisons_val_property_names = False
                                if not data__comparisons_val_property_names:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".comparisons.{data__comparisons_key}".format(**locals()) + " must be named by propertyName definition")
                        data__comparisons_val_is_dict = isinstance(data__comparisons_val, dict)
                        if data__comparisons_val_is_dict:
                            data__comparisons_val_keys = set(data__comparisons_val.keys())
                            for data__comparisons_val_key, data__comparisons_val_val in data__comparisons_val.items():
                                if REGEX_PATTERNS['^[a-z][a-z0-9_]*$'].search(data__comparisons_val_key):
                                    if data__comparisons_val_key in data__comparisons_val_keys:
                                        data__comparisons_val_keys.remove(data__comparisons_val_key)
                                    data__comparisons_val_val_one_of_count16 = 0
                                    if data__comparisons_val_val_one_of_count16 < 2:
                                        try:
                                            if not isinstance(data__comparisons_val_val, (int, float, Decimal)) or isinstance(data__comparisons_val_val, bool):
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".comparisons.{data__comparisons_key}.{data__comparisons_val_key}".format(**locals()) + " must be number")
                                            if isinstance(data__comparisons_val_val, (int, float, Decimal)) and not isinstance(data__comparisons_val_val, bool):
                                                if data__comparisons_val_val <= 0:
                                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".comparisons.{data__comparisons_key}.{data__comparisons_val_key}".format(**locals()) + " must be bigger than 0")
                                            data__comparisons_val_val_one_of_count16 += 1
                                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                                    if data__comparisons_val_val_one_of_count16 < 2:
                                        try:
                                            if not isinstance(data__comparisons_val_val, (str)):
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".comparisons.{data__comparisons_key}.{data__comparisons_val_key}".format(**locals()) + " must be string")
                                            if isinstance(data__comparisons_val_val, str):
                                                if not REGEX_PATTERNS['^1/[1-9]$'].search(data__comparisons_val_val):
                                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".comparisons.{data__comparisons_key}.{data__comparisons_val_key}".format(**locals()) + " must match pattern ^1/[1-9]$")
                                            data__comparisons_val_val_one_of_count16 += 1
                                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                                    if data__comparisons_val_val_one_of_count16 != 1:
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".comparisons.{data__comparisons_key}.{data__comparisons_val_key}".format(**locals()) + " must be valid exactly by one definition")
                            data__comparisons_val_len = len(data__comparisons_val)
                            if data__comparisons_val_len != 0:
                                data__comparisons_val_property_names = True
                                for data__comparisons_val_key in data__comparisons_val:
                                    try:
                                        if isinstance(data__comparisons_val_key, str):
                                            data__comparisons_val_key_len = len(data__comparisons_val_key)
                                            if data__comparisons_val_key_len > 64:
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".comparisons.{data__comparisons_key}".format(**locals()) + " must be shorter than or equal to 64 characters")
                                    except (JsonSchemaValueException, JsonSchemaValuesException):
                                        data__comparisons_val_property_names = False
                                if not data__comparisons_val_property_names:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".comparisons.{data__comparisons_key}".format(**locals()) + " must be named by propertyName definition")
                data__comparisons_len = len(data__comparisons)
                if data__comparisons_len != 0:
                    data__comparisons_property_names = True
                    for data__comparisons_key in data__comparisons:
                        try:
                            if isinstance(data__comparisons_key, str):
                                data__comparisons_key_len = len(data__comparisons_key)
                                if data__comparisons_key_len > 64:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".comparisons must be shorter than or equal to 64 characters")
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            data__comparisons_property_names = False
                    if not data__comparisons_property_names:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".comparisons must be named by propertyName definition")
        if "judges" in data_keys:
            data_keys.remove("judges")
            data__judges = data["judges"]
            if not isinstance(data__judges, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".judges must be object")
            data__judges_is_dict = isinstance(data__judges, dict)
            if data__judges_is_dict:
                data__judges_len = len(data__judges)
                if data__judges_len != 0:
                    data__judges_property_names = True
                    for data__judges_key in data__judges:
                        try:
                            if not isinstance(data__judges_key, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".judges must be string")
                            if isinstance(data__judges_key, str):
                                data__judges_key_len = len(data__judges_key)
                                if data__judges_key_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".judges must be longer than or equal to 1 characters")
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            data__judges_property_names = False
                    if not data__judges_property_names:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".judges must be named by propertyName definition")
            data__judges_is_dict = isinstance(data__judges, dict)
            if data__judges_is_dict:
                data__judges_keys = set(data__judges.keys())
                for data__judges_key in data__judges_keys:
                    if data__judges_key not in []:
                        data__judges_value = data__judges.get(data__judges_key)
                        if not isinstance(data__judges_value, (dict)):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".judges.{data__judges_key}".format(**locals()) + " must be object")
                        data__judges_value_is_dict = isinstance(data__judges_value, dict)
                        if data__judges_value_is_dict:
                            data__judges_value_len = len(data__judges_value)
                            if data__judges_value_len != 0:
                                data__judges_value_property_names = True
                                for data__judges_value_key in data__judges_value:
                                    try:
                                        if not isinstance(data__judges_value_key, (str)):
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".judges.{data__judges_key}".format(**locals()) + " must be string")
                                        if isinstance(data__judges_value_key, str):
                                            data__judges_value_key_len = len(data__judges_value_key)
                                            if data__judges_value_key_len > 64:
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".judges.{data__judges_key}".format(**locals()) + " must be shorter than or equal to 64 characters")
                                            if not REGEX_PATTERNS['^[a-z][a-z0-9_]*$'].search(data__judges_value_key):
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".judges.{data__judges_key}".format(**locals()) + " must match pattern ^[a-z][a-z0-9_]*$")
                                    except (JsonSchemaValueException, JsonSchemaValuesException):
                                        data__judges_value_property_names = False
                                if not data__judges_value_property_names:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".judges.{data__judges_key}".format(**locals()) + " must be named by propertyName definition")
                        data__judges_value_is_dict = isinstance(data__judges_value, dict)
                        if data__judges_value_is_dict:
                            data__judges_value_keys = set(data__judges_value.keys())
                            for data__judges_value_key, data__judges_value_val in data__judges_value.items():
                                if REGEX_PATTERNS['^[a-z][a-z0-9_]*$'].search(data__judges_value_key):
                                    if data__judges_value_key in data__judges_value_keys:
                                        data__judges_value_keys.remove(data__judges_value_key)
                                    if not isinstance(data__judges_value_val, (dict)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".judges.{data__judges_key}.{data__judges_value_key}".format(**locals()) + " must be object")
                                    data__judges_value_val_is_dict = isinstance(data__judges_value_val, dict)
                                    if data__judges_value_val_is_dict:
                                        data__judges_value_val_len = len(data__judges_value_val)
                                        if data__judges_value_val_len != 0:
                                            data__judges_value_val_property_names = True
                                            for data__judges_value_val_key in data__judges_value_val:
                                                try:
                                                    if not isinstance(data__judges_value_val_key, (str)):
                                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".judges.{data__judges_key}.{data__judges_value_key}".format(**locals()) + " must be string")
                                                    if isinstance(data__judges_value_val_key, str):
                                                        data__judges_value_val_key_len = len(data__judges_value_val_key)
                                                        if data__judges_value_val_key_len > 64:
                                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".judges.{data__judges_key}.{data__judges_value_key}".format(**locals()) + " must be shorter than or equal to 64 characters")
                                                        if not REGEX_PATTERNS['^[a-z][a-z0-9_]*$'].search(data__judges_value_val_key):
                                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".judges.{data__judges_key}.{data__judges_value_key}".format(**locals()) + " must match pattern ^[a-z][a-z0-9_]*$")
                                                except (JsonSchemaValueException, JsonSchemaValuesException):
                                                    data__judges_value_val_property_names = False
                                            if not data__judges_value_val_property_names:
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".judges.{data__judges_key}.{data__judges_value_key}".format(**locals()) + " must be named by propertyName definition")
                                    data__judges_value_val_is_dict = isinstance(data__judges_value_val, dict)
                                    if data__judges_value_val_is_dict:
                                        data__judges_value_val_keys = set(data__judges_value_val.keys())
                                        for data__judges_value_val_key, data__judges_value_val_val in data__judges_value_val.items():
                                            if REGEX_PATTERNS['^[a-z][a-z0-9_]*$'].search(data__judges_value_val_key):
                                                if data__judges_value_val_key in data__judges_value_val_keys:
                                                    data__judges_value_val_keys.remove(data__judges_value_val_key)
                                                data__judges_value_val_val_one_of_count17 = 0
                                                if data__judges_value_val_val_one_of_count17 < 2:
                                                    try:
                                                        if not isinstance(data__judges_value_val_val, (int, float, Decimal)) or isinstance(data__judges_value_val_val, bool):
                                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".judges.{data__judges_key}.{data__judges_value_key}.{data__judges_value_val_key}".format(**locals()) + " must be number")
                                                        if isinstance(data__judges_value_val_val, (int, float, Decimal)) and not isinstance(data__judges_value_val_val, bool):
                                                            if data__judges_value_val_val <= 0:
                                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".judges.{data__judges_key}.{data__judges_value_key}.{data__judges_value_val_key}".format(**locals()) + " must be bigger than 0")
                                                        data__judges_value_val_val_one_of_count17 += 1
                                                    except (JsonSchemaValueException, JsonSchemaValuesException): pass
                                                if data__judges_value_val_val_one_of_count17 < 2:
                                                    try:
                                                        if not isinstance(data__judges_value_val_val, (str)):
                                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".judges.{data__judges_key}.{data__judges_value_key}.{data__judges_value_val_key}".format(**locals()) + " must be string")
                                                        if isinstance(data__judges_value_val_val, str):
                                                            if not REGEX_PATTERNS['^1/[1-9]$'].search(data__judges_value_val_val):
                                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".judges.{data__judges_key}.{data__judges_value_key}.{data__judges_value_val_key}".format(**locals()) + " must match pattern ^1/[1-9]$")
                                                        data__judges_value_val_val_one_of_count17 += 1
                                                    except (JsonSchemaValueException, JsonSchemaValuesException): pass
                                                if data__judges_value_val_val_one_of_count17 != 1:
                                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".judges.{data__judges_key}.{data__judges_value_key}.{data__judges_value_val_key}".format(**locals()) + " must be valid exactly by one definition")
                                        data__judges_value_val_len = len(data__judges_value_val)
                                        if data__judges_value_val_len != 0:
                                            data__judges_value_val_property_names = True
                                            for data__judges_value_val_key in data__judges_value_val:
                                                try:
                                                    if isinstance(data__judges_value_val_key, str):
                                                        data__judges_value_val_key_len = len(data__judges_value_val_key)
                                                        if data__judges_value_val_key_len > 64:
                                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".judges.{data__judges_key}.{data__judges_value_key}".format(**locals()) + " must be shorter than or equal to 64 characters")
                                                except (JsonSchemaValueException, JsonSchemaValuesException):
                                                    data__judges_value_val_property_names = False
                                            if not data__judges_value_val_property_names:
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".judges.{data__judges_key}.{data__judges_value_key}".format(**locals()) + " must be named by propertyName definition")
                            data__judges_value_len = len(data__judges_value)
                            if data__judges_value_len != 0:
                                data__judges_value_property_names = True
                                for data__judges_value_key in data__judges_value:
                                    try:
                                        if isinstance(data__judges_value_key, str):
                                            data__judges_value_key_len = len(data__judges_value_key)
                                            if data__judges_value_key_len > 64:
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".judges.{data__judges_key}".format(**locals()) + " must be shorter than or equal to 64 characters")
                                    except (JsonSchemaValueException, JsonSchemaValuesException):
                                        data__judges_value_property_names = False
                                if not data__judges_value_property_names:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".judges.{data__judges_key}".format(**locals()) + " must be named by propertyName definition")
                data__judges_len = len(data__judges)
                if data__judges_len != 0:
                    data__judges_property_names = True
                    for data__judges_key in data__judges:
                        try:
                            if isinstance(data__judges_key, str):
                                data__judges_key_len = len(data__judges_key)
                                if data__judges_key_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".judges must be longer than or equal to 1 characters")
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            data__judges_property_names = False
                    if not data__judges_property_names:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".judges must be named by propertyName definition")
        if "judgements" in data_keys:
            data_keys.remove("judgements")
            data__judgements = data["judgements"]
            if not isinstance(data__judgements, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".judgements must be object")
            data__judgements_is_dict = isinstance(data__judgements, dict)
            if data__judgements_is_dict:
                data__judgements_len = len(data__judgements)
                if data__judgements_len != 0:
                    data__judgements_property_names = True
                    for data__judgements_key in data__judgements:
                        try:
                            if not isinstance(data__judgements_key, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".judgements must be string")
                            if isinstance(data__judgements_key, str):
                                data__judgements_key_len = len(data__judgements_key)
                                if data__judgements_key_len > 64:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".judgements must be shorter than or equal to 64 characters")
                                if not REGEX_PATTERNS['^[a-z][a-z0-9_]*$'].search(data__judgements_key):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".judgements must match pattern ^[a-z][a-z0-9_]*$")
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            data__judgements_property_names = False
                    if not data__judgements_property_names:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".judgements must be named by propertyName definition")
            data__judgements_is_dict = isinstance(data__judgements, dict)
            if data__judgements_is_dict:
                data__judgements_keys = set(data__judgements.keys())
                for data__judgements_key, data__judgements_val in data__judgements.items():
                    if REGEX_PATTERNS['^[a-z][a-z0-9_]*$'].search(data__judgements_key):
                        if data__judgements_key in data__judgements_keys:
                            data__judgements_keys.remove(data__judgements_key)
                        if not isinstance(data__judgements_val, (dict)):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".judgements.{data__judgements_key}".format(**locals()) + " must be object")
                        data__judgements_val_is_dict = isinstance(data__judgements_val, dict)
                        if data__judgements_val_is_dict:
                            data__judgements_val_len = len(data__judgements_val)
                            if data__judgements_val_len != 0:
                                data__judgements_val_property_names = True
                                for data__judgements_val_key in data__judgements_val:
                                    try:
                                        if not isinstance(data__judgements_val_key, (str)):
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".judgements.{data__judgements_key}".format(**locals()) + " must be string")
                                        if isinstance(data__judgements_val_key, str):
                                            data__judgements_val_key_len = len(data__judgements_val_key)
                                            if data__judgements_val_key_len > 64:
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".judgements.{data__judgements_key}".format(**locals()) + " must be shorter than or equal to 64 characters")
                                            if not REGEX_PATTERNS['^[a-z][a-z0-9_]*$'].search(data__judgements_val_key):
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".judgements.{data__judgements_key}".format(**locals()) + " must match pattern ^[a-z][a-z0-9_]*$")
                                    except (JsonSchemaValueException, JsonSchemaValuesException):
                                        data__judgements_val_property_names = False
                                if not data__judgements_val_property_names:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".judgements.{data__judgements_key}".format(**locals()) + " must be named by propertyName definition")
                        data__judgements_val_is_dict = isinstance(data__judgements_val, dict)
                        if data__judgements_val_is_dict:
                            data__judgements_val_keys = set(data__judgements_val.keys())
                            for data__judgements_val_key, data__judgements_val_val in data__judgements_val.items():
                                if REGEX_PATTERNS['^[a-z][a-z0-9_]*$'].search(data__judgements_val_key):
                                    if data__judgements_val_key in data__judgements_val_keys:
                                        data__judgements_val_keys.remove(data__judgements_val_key)
                                    data__judgements_val_val_one_of_count18 = 0
                                    if data__judgements_val_val_one_of_count18 < 2:
                                        try:
                                            if not isinstance(data__judgements_val_val, (str)):
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".judgements.{data__judgements_key}.{data__judgements_val_key}".format(**locals()) + " must be string")
                                            if not (isinstance(data__judgements_val_val, str) and data__judgements_val_val == 'none' or isinstance(data__judgements_val_val, str) and data__judgements_val_val == 'very_weak' or isinstance(data__judgements_val_val, str) and data__judgements_val_val == 'weak' or isinstance(data__judgements_val_val, str) and data__judgements_val_val == 'moderate' or isinstance(data__judgements_val_val, str) and data__judgements_val_val == 'strong' or isinstance(data__judgements_val_val, str) and data__judgements_val_val == 'very_strong' or isinstance(data__judgements_val_val, str) and data__judgements_val_val == 'extreme'):
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".judgements.{data__judgements_key}.{data__judgements_val_key}".format(**locals()) + " must be one of ['none', 'very_weak', 'weak', 'moderate', 'strong', 'very_strong', 'extreme']")
                                            data__judgements_val_val_one_of_count18 += 1
                                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                                    if data__judgements_val_val_one_of_count18 < 2:
                                        try:
                                            if not isinstance(data__judgements_val_val, (list, tuple)):
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".judgements.{data__judgements_key}.{data__judgements_val_key}".format(**locals()) + " must be array")
                                            data__judgements_val_val_is_list = isinstance(data__judgements_val_val, (list, tuple))
                                            if data__judgements_val_val_is_list:
                                                data__judgements_val_val_len = len(data__judgements_val_val)
                                                if data__judgements_val_val_len < 2:
                                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".judgements.{data__judgements_key}.{data__judgements_val_key}".format(**locals()) + " must contain at least 2 items")
                                                if data__judgements_val_val_len > 2:
                                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".judgements.{data__judgements_key}.{data__judgements_val_key}".format(**locals()) + " must contain less than or equal to 2 items")
                                                for data__judgements_val_val_x, data__judgements_val_val_item in enumerate(data__judgements_val_val):
                                                    if not isinstance(data__judgements_val_val_item, (str)):
                                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".judgements.{data__judgements_key}.{data__judgements_val_key}[{data__judgements_val_val_x}]".format(**locals()) + " must be string")
                                                    if not (isinstance(data__judgements_val_val_item, str) and data__judgements_val_val_item == 'none' or isinstance(data__judgements_val_val_item, str) and data__judgements_val_val_item == 'very_weak' or isinstance(data__judgements_val_val_item, str) and data__judgements_val_val_item == 'weak' or isinstance(data__judgements_val_val_item, str) and data__judgements_val_val_item == 'moderate' or isinstance(data__judgements_val_val_item, str) and data__judgements_val_val_item == 'strong' or isinstance(data__judgements_val_val_item, str) and data__judgements_val_val_item == 'very_strong' or isinstance(data__judgements_val_val_item, str) and data__judgements_val_val_item == 'extreme'):
                                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".judgements.{data__judgements_key}.{data__judgements_val_key}[{data__judgements_val_val_x}]".format(**locals()) + " must be one of ['none', 'very_weak', 'weak', 'moderate', 'strong', 'very_strong', 'extreme']")
                                            data__judgements_val_val_one_of_count18 += 1
                                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                                    if data__judgements_val_val_one_of_count18 != 1:
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".judgements.{data__judgements_key}.{data__judgements_val_key}".format(**locals()) + " must be valid exactly by one definition")
                            data__judgements_val_len = len(data__judgements_val)
                            if data__judgements_val_len != 0:
                                data__judgements_val_property_names = True
                                for data__judgements_val_key in data__judgements_val:
                                    try:
                                        if isinstance(data__judgements_val_key, str):
                                            data__judgements_val_key_len = len(data__judgements_val_key)
                                            if data__judgements_val_key_len > 64:
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".judgements.{data__judgements_key}".format(**locals()) + " must be shorter than or equal to 64 characters")
                                    except (JsonSchemaValueException, JsonSchemaValuesException):
                                        data__judgements_val_property_names = False
                                if not data__judgements_val_property_names:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".judgements.{data__judgements_key}".format(**locals()) + " must be named by propertyName definition")
                data__judgements_len = len(data__judgements)
                if data__judgements_len != 0:
                    data__judgements_property_names = True
                    for data__judgements_key in data__judgements:
                        try:
                            if isinstance(data__judgements_key, str):
                                data__judgements_key_len = len(data__judgements_key)
                                if data__judgements_key_len > 64:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".judgements must be shorter than or equal to 64 characters")
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            data__judgements_property_names = False
                    if not data__judgements_property_names:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".judgements must be named by propertyName definition")
        if "name" in data_keys:
            data_keys.remove("name")
            data__name = data["name"]
            if not isinstance(data__name, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".name must be string")
            if isinstance(data__name, str):
                data__name_len = len(data__name)
                if data__name_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".name must be longer than or equal to 1 characters")
        if "description" in data_keys:
            data_keys.remove("description")
            data__description = data["description"]
            data__description_any_of_count19 = 0
            if not data__description_any_of_count19:
                try:
                    if not isinstance(data__description, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".description must be string")
                    data__description_any_of_count19 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__description_any_of_count19:
                try:
                    if not isinstance(data__description, (NoneType)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".description must be null")
                    data__description_any_of_count19 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__description_any_of_count19:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".description cannot be validated by any definition")
        if "group" in data_keys:
            data_keys.remove("group")
            data__group = data["group"]
            if not isinstance(data__group, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".group must be string")
            if isinstance(data__group, str):
                data__group_len = len(data__group)
                if data__group_len > 64:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".group must be shorter than or equal to 64 characters")
                if not REGEX_PATTERNS['^[a-z][a-z0-9_]*$'].search(data__group):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".group must match pattern ^[a-z][a-z0-9_]*$")
        if "weight" in data_keys:
            data_keys.remove("weight")
            data__weight = data["weight"]
            if not isinstance(data__weight, (int, float, Decimal)) or isinstance(data__weight, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".weight must be number")
            if isinstance(data__weight, (int, float, Decimal)) and not isinstance(data__weight, bool):
                if data__weight <= 0:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".weight must be bigger than 0")
        if "method" in data_keys:
            data_keys.remove("method")
            data__method = data["method"]
            if not isinstance(data__method, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".method must be string")
            if not (isinstance(data__method, str) and data__method == 'direct' or isinstance(data__method, str) and data__method == 'swing' or isinstance(data__method, str) and data__method == 'rank' or isinstance(data__method, str) and data__method == 'pairwise' or isinstance(data__method, str) and data__method == 'macbeth'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".method must be one of ['direct', 'swing', 'rank', 'pairwise', 'macbeth']")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate_fast_criteria___defs_appraisalmeta(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['title', 'scale']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
        data_keys = set(data.keys())
        if "title" in data_keys:
            data_keys.remove("title")
            data__title = data["title"]
            if not isinstance(data__title, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".title must be string")
            if isinstance(data__title, str):
                data__title_len = len(data__title)
                if data__title_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".title must be longer than or equal to 1 characters")
        if "organisation" in data_keys:
            data_keys.remove("organisation")
            data__organisation = data["organisation"]
            data__organisation_any_of_count20 = 0
            if not data__organisation_any_of_count20:
                try:
                    if not isinstance(data__organisation, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".organisation must be string")
                    data__organisation_any_of_count20 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__organisation_any_of_count20:
                try:
                    if not isinstance(data__organisation, (NoneType)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".organisation must be null")
                    data__organisation_any_of_count20 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__organisation_any_of_count20:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".organisation cannot be validated by any definition")
        if "date" in data_keys:
            data_keys.remove("date")
            data__date = data["date"]
            data__date_any_of_count21 = 0
            if not data__date_any_of_count21:
                try:
                    if not isinstance(data__date, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".date must be string")
                    data__date_any_of_count21 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__date_any_of_count21:
                try:
                    if not isinstance(data__date, (NoneType)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".date must be null")
                    data__date_any_of_count21 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__date_any_of_count21:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".date cannot be validated by any definition")
        if "description" in data_keys:
            data_keys.remove("description")
            data__description = data["description"]
            data__description_any_of_count22 = 0
            if not data__description_any_of_count22:
                try:
                    if not isinstance(data__description, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".description must be string")
                    data__description_any_of_count22 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__description_any_of_count22:
                try:
                    if not isinstance(data__description, (NoneType)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".description must be null")
                    data__description_any_of_count22 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__description_any_of_count22:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".description cannot be validated by any definition")
        if "scale" in data_keys:
            data_keys.remove("scale")
            data__scale = data["scale"]
            validate_fast_criteria___defs_scale(data__scale, custom_formats, (name_prefix or "data") + ".scale")
        if "baseline" in data_keys:
            data_keys.remove("baseline")
            data__baseline = data["baseline"]
            if not isinstance(data__baseline, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".baseline must be string")
            if isinstance(data__baseline, str):
                data__baseline_len = len(data__baseline)
                if data__baseline_len > 64:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".baseline must be shorter than or equal to 64 characters")
                if not REGEX_PATTERNS['^[a-z][a-z0-9_]*$'].search(data__baseline):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".baseline must match pattern ^[a-z][a-z0-9_]*$")
        if "shortlist" in data_keys:
            data_keys.remove("shortlist")
            data__shortlist = data["shortlist"]
            validate_fast_criteria___defs_shortlist(data__shortlist, custom_formats, (name_prefix or "data") + ".shortlist")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate_fast_criteria___defs_shortlist(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "top" in data_keys:
            data_keys.remove("top")
            data__top = data["top"]
            if not isinstance(data__top, (int)) and not (isinstance(data__top, float) and data__top.is_integer()) or isinstance(data__top, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".top must be integer")
            if isinstance(data__top, (int, float, Decimal)) and not isinstance(data__top, bool):
                if data__top < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".top must be bigger than or equal to 1")
        if "min_score" in data_keys:
            data_keys.remove("min_score")
            data__minscore = data["min_score"]
            if not isinstance(data__minscore, (int, float, Decimal)) or isinstance(data__minscore, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".min_score must be number")
            if isinstance(data__minscore, (int, float, Decimal)) and not isinstance(data__minscore, bool):
                if data__minscore < 0:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".min_score must be bigger than or equal to 0")
                if data__minscore > 100:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".min_score must be smaller than or equal to 100")
        if "within" in data_keys:
            data_keys.remove("within")
            data__within = data["within"]
            if not isinstance(data__within, (int, float, Decimal)) or isinstance(data__within, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".within must be number")
            if isinstance(data__within, (int, float, Decimal)) and not isinstance(data__within, bool):
                if data__within < 0:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".within must be bigger than or equal to 0")
                if data__within > 100:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".within must be smaller than or equal to 100")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate_fast_criteria___defs_scale(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['min', 'max']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
        data_keys = set(data.keys())
        if "min" in data_keys:
            data_keys.remove("min")
            data__min = data["min"]
            if not isinstance(data__min, (int, float, Decimal)) or isinstance(data__min, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".min must be number")
        if "max" in data_keys:
            data_keys.remove("max")
            data__max = data["max"]
            if not isinstance(data__max, (int, float, Decimal)) or isinstance(data__max, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".max must be number")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate_fast_option(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['id', 'name']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
        data_keys = set(data.keys())
        if "id" in data_keys:
            data_keys.remove("id")
            data__id = data["id"]
            if not isinstance(data__id, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".id must be string")
            if isinstance(data__id, str):
                data__id_len = len(data__id)
                if data__id_len > 64:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".id must be shorter than or equal to 64 characters")
                if not REGEX_PATTERNS['^[a-z][a-z0-9_]*$'].search(data__id):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".id must match pattern ^[a-z][a-z0-9_]*$")
        if "name" in data_keys:
            data_keys.remove("name")
            data__name = data["name"]
            if not isinstance(data__name, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".name must be string")
            if isinstance(data__name, str):
                data__name_len = len(data__name)
                if data__name_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".name must be longer than or equal to 1 characters")
        if "description" in data_keys:
            data_keys.remove("description")
            data__description = data["description"]
            data__description_any_of_count1 = 0
            if not data__description_any_of_count1:
                try:
                    if not isinstance(data__description, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".description must be string")
                    data__description_any_of_count1 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__description_any_of_count1:
                try:
                    if not isinstance(data__description, (NoneType)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".description must be null")
                    data__description_any_of_count1 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__description_any_of_count1:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".description cannot be validated by any definition")
        if "role" in data_keys:
            data_keys.remove("role")
            data__role = data["role"]
            if not isinstance(data__role, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".role must be string")
            if not (isinstance(data__role, str) and data__role == 'business_as_usual' or isinstance(data__role, str) and data__role == 'do_minimum' or isinstance(data__role, str) and data__role == 'preferred' or isinstance(data__role, str) and data__role == 'alternative'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".role must be one of ['business_as_usual', 'do_minimum', 'preferred', 'alternative']")
        if "origin" in data_keys:
            data_keys.remove("origin")
            data__origin = data["origin"]
            validate_fast_option___defs_origin(data__origin, custom_formats, (name_prefix or "data") + ".origin")
        if "gates" in data_keys:
            data_keys.remove("gates")
            data__gates = data["gates"]
            if not isinstance(data__gates, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".gates must be object")
            data__gates_is_dict = isinstance(data__gates, dict)
            if data__gates_is_dict:
                data__gates_len = len(data__gates)
                if data__gates_len != 0:
                    data__gates_property_names = True
                    for data__gates_key in data__gates:
                        try:
                            if not isinstance(data__gates_key, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".gates must be string")
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            data__gates_property_names = False
                    if not data__gates_property_names:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".gates must be named by propertyName definition")
            data__gates_is_dict = isinstance(data__gates, dict)
            if data__gates_is_dict:
                data__gates_keys = set(data__gates.keys())
                for data__gates_key in data__gates_keys:
                    if data__gates_key not in []:
                        data__gates_value = data__gates.get(data__gates_key)
                        data__gates_value_one_of_count2 = 0
                        if data__gates_value_one_of_count2 < 2:
                            try:
                                if not isinstance(data__gates_value, (str)):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".gates.{data__gates_key}".format(**locals()) + " must be string")
                                if not (isinstance(data__gates_value, str) and data__gates_value == 'pass' or isinstance(data__gates_value, str) and data__gates_value == 'fail' or isinstance(data__gates_value, str) and data__gates_value == 'conditional'):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".gates.{data__gates_key}".format(**locals()) + " must be one of ['pass', 'fail', 'conditional']")
                                data__gates_value_one_of_count2 += 1
                            except (JsonSchemaValueException, JsonSchemaValuesException): pass
                        if data__gates_value_one_of_count2 < 2:
                            try:
                                validate_fast_option___defs_gateentry(data__gates_value, custom_formats, (name_prefix or "data") + ".gates.{data__gates_key}".format(**locals()))
                                data__gates_value_one_of_count2 += 1
                            except (JsonSchemaValueException, JsonSchemaValuesException): pass
                        if data__gates_value_one_of_count2 != 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".gates.{data__gates_key}".format(**locals()) + " must be valid exactly by one definition")
        if "scores" in data_keys:
            data_keys.remove("scores")
            data__scores = data["scores"]
            if not isinstance(data__scores, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".scores must be object")
            data__scores_is_dict = isinstance(data__scores, dict)
            if data__scores_is_dict:
                data__scores_len = len(data__scores)
                if data__scores_len != 0:
                    data__scores_property_names = True
                    for data__scores_key in data__scores:
                        try:
                            if not isinstance(data__scores_key, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".scores must be string")
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            data__scores_property_names = False
                    if not data__scores_property_names:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".scores must be named by propertyName definition")
            data__scores_is_dict = isinstance(data__scores, dict)
            if data__scores_is_dict:
                data__scores_keys = set(data__scores.keys())
                for data__scores_key in data__scores_keys:
                    if data__scores_key not in []:
                        data__scores_value = data__scores.get(data__scores_key)
                        data__scores_value_one_of_count3 = 0
                        if data__scores_value_one_of_count3 < 2:
                            try:
                                if not isinstance(data__scores_value, (int, float, Decimal)) or isinstance(data__scores_value, bool):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".scores.{data__scores_key}".format(**locals()) + " must be number")
                                data__scores_value_one_of_count3 += 1
                            except (JsonSchemaValueException, JsonSchemaValuesException): pass
                        if data__scores_value_one_of_count3 < 2:
                            try:
                                validate_fast_option___defs_scoreentry(data__scores_value, custom_formats, (name_prefix or "data") + ".scores.{data__scores_key}".format(**locals()))
                                data__scores_value_one_of_count3 += 1
                            except (JsonSchemaValueException, JsonSchemaValuesException): pass
                        if data__scores_value_one_of_count3 != 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".scores.{data__scores_key}".format(**locals()) + " must be valid exactly by one definition")
        if "costs" in data_keys:
            data_keys.remove("costs")
            data__costs = data["costs"]
            validate_fast_option___defs_costsspec(data__costs, custom_formats, (name_prefix or "data") + ".costs")
        if "benefits" in data_keys:
            data_keys.remove("benefits")
            data__benefits = data["benefits"]
            if not isinstance(data__benefits, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".benefits must be object")
            data__benefits_is_dict = isinstance(data__benefits, dict)
            if data__benefits_is_dict:
                data__benefits_len = len(data__benefits)
                if data__benefits_len != 0:
                    data__benefits_property_names = True
                    for data__benefits_key in data__benefits:
                        try:
                            if not isinstance(data__benefits_key, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".benefits must be string")
                            if isinstance(data__benefits_key, str):
                                data__benefits_key_len = len(data__benefits_key)
                                if data__benefits_key_len > 64:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".benefits must be shorter than or equal to 64 characters")
                                if not REGEX_PATTERNS['^[a-z][a-z0-9_]*$'].search(data__benefits_key):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".benefits must match pattern ^[a-z][a-z0-9_]*$")
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            data__benefits_property_names = False
                    if not data__benefits_property_names:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".benefits must be named by propertyName definition")
            data__benefits_is_dict = isinstance(data__benefits, dict)
            if data__benefits_is_dict:
                data__benefits_keys = set(data__benefits.keys())
                for data__benefits_key, data__benefits_val in data__benefits.items():
                    if REGEX_PATTERNS['^[a-z][a-z0-9_]*$'].search(data__benefits_key):
                        if data__benefits_key in data__benefits_keys:
                            data__benefits_keys.remove(data__benefits_key)
                        data__benefits_val_one_of_count4 = 0
                        if data__benefits_val_one_of_count4 < 2:
                            try:
                                if not isinstance(data__benefits_val, (dict)):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".benefits.{data__benefits_key}".format(**locals()) + " must be object")
                                data__benefits_val_is_dict = isinstance(data__benefits_val, dict)
                                if data__benefits_val_is_dict:
                                    data__benefits_val_len = len(data__benefits_val)
                                    if data__benefits_val_len != 0:
                                        data__benefits_val_property_names = True
                                        for data__benefits_val_key in data__benefits_val:
                                            try:
                                                data__benefits_val_key_any_of_count5 = 0
                                                if not data__benefits_val_key_any_of_count5:
                                                    try:
                                                        if not isinstance(data__benefits_val_key, (int)) and not (isinstance(data__benefits_val_key, float) and data__benefits_val_key.is_integer()) or isinstance(data__benefits_val_key, bool):
                                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".benefits.{data__benefits_key}".format(**locals()) + " must be integer")
                                                        data__benefits_val_key_any_of_count5 += 1
                                                    except (JsonSchemaValueException, JsonSchemaValuesException): pass
                                                if not data__benefits_val_key_any_of_count5:
                                                    try:
                                                        if not isinstance(data__benefits_val_key, (str)):
                                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".benefits.{data__benefits_key}".format(**locals()) + " must be string")
                                                        data__benefits_val_key_any_of_count5 += 1
                                                    except (JsonSchemaValueException, JsonSchemaValuesException): pass
                                                if not data__benefits_val_key_any_of_count5:
                                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".benefits.{data__benefits_key}".format(**locals()) + " cannot be validated by any definition")
                                            except (JsonSchemaValueException, JsonSchemaValuesException):
                                                data__benefits_val_property_names = False
                                        if not data__benefits_val_property_names:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".benefits.{data__benefits_key}".format(**locals()) + " must be named by propertyName definition")
                                data__benefits_val_is_dict = isinstance(data__benefits_val, dict)
                                if data__benefits_val_is_dict:
                                    data__benefits_val_keys = set(data__benefits_val.keys())
                                    for data__benefits_val_key in data__benefits_val_keys:
                                        if data__benefits_val_key not in []:
                                            data__benefits_val_value = data__benefits_val.get(data__benefits_val_key)
                                            if not isinstance(data__benefits_val_value, (int, float, Decimal)) or isinstance(data__benefits_val_value, bool):
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".benefits.{data__benefits_key}.{data__benefits_val_key}".format(**locals()) + " must be number")
                                    data__benefits_val_len = len(data__benefits_val)
                                    if data__benefits_val_len != 0:
                                        data__benefits_val_property_names = True
                                        for data__benefits_val_key in data__benefits_val:
                                            try:
                                                if isinstance(data__benefits_val_key, str):
                                                    if not REGEX_PATTERNS['^(?:19[0-9]{2}|2(?:0[0-9]{2}|1[0-9]{2}|200))(?:\\.\\.(?:19[0-9]{2}|2(?:0[0-9]{2}|1[0-9]{2}|200)))?$'].search(data__benefits_val_key):
                                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".benefits.{data__benefits_key}".format(**locals()) + " must match pattern ^(?:19[0-9]{2}|2(?:0[0-9]{2}|1[0-9]{2}|200))(?:\\.\\.(?:19[0-9]{2}|2(?:0[0-9]{2}|1[0-9]{2}|200)))?$")
                                            except (JsonSchemaValueException, JsonSchemaValuesException):
                                                data__benefits_val_property_names = False
                                        if not data__benefits_val_property_names:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".benefits.{data__benefits_key}".format(**locals()) + " must be named by propertyName definition")
                                data__benefits_val_one_of_count4 += 1
                            except (JsonSchemaValueException, JsonSchemaValuesException): pass
                        if data__benefits_val_one_of_count4 < 2:
                            try:
                                validate_fast_option___defs_cashlineentry(data__benefits_val, custom_formats, (name_prefix or "data") + ".benefits.{data__benefits_key}".format(**locals()))
                                data__benefits_val_one_of_count4 += 1
                            except (JsonSchemaValueException, JsonSchemaValuesException): pass
                        if data__benefits_val_one_of_count4 != 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".benefits.{data__benefits_key}".format(**locals()) + " must be valid exactly by one definition")
                data__benefits_len = len(data__benefits)
                if data__benefits_len != 0:
                    data__benefits_property_names = True
                    for data__benefits_key in data__benefits:
                        try:
                            if isinstance(data__benefits_key, str):
                                data__benefits_key_len = len(data__benefits_key)
                                if data__benefits_key_len > 64:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".benefits must be shorter than or equal to 64 characters")
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            data__benefits_property_names = False
                    if not data__benefits_property_names:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".benefits must be named by propertyName definition")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate_fast_option___defs_cashlineentry(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['by_year']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
        data_keys = set(data.keys())
        if "by_year" in data_keys:
            data_keys.remove("by_year")
            data__byyear = data["by_year"]
            if not isinstance(data__byyear, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".by_year must be object")
            data__byyear_is_dict = isinstance(data__byyear, dict)
            if data__byyear_is_dict:
                data__byyear_len = len(data__byyear)
                if data__byyear_len != 0:
                    data__byyear_property_names = True
                    for data__byyear_key in data__byyear:
                        try:
                            data__byyear_key_any_of_count6 = 0
                            if not data__byyear_key_any_of_count6:
                                try:
                                    if not isinstance(data__byyear_key, (int)) and not (isinstance(data__byyear_key, float) and data__byyear_key.is_integer()) or isinstance(data__byyear_key, bool):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".by_year must be integer")
                                    data__byyear_key_any_of_count6 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            if not data__byyear_key_any_of_count6:
                                try:
                                    if not isinstance(data__byyear_key, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".by_year must be string")
                                    data__byyear_key_any_of_count6 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            if not data__byyear_key_any_of_count6:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".by_year cannot be validated by any definition")
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            data__byyear_property_names = False
                    if not data__byyear_property_names:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".by_year must be named by propertyName definition")
            data__byyear_is_dict = isinstance(data__byyear, dict)
            if data__byyear_is_dict:
                data__byyear_keys = set(data__byyear.keys())
                for data__byyear_key in data__byyear_keys:
                    if data__byyear_key not in []:
                        data__byyear_value = data__byyear.get(data__byyear_key)
                        if not isinstance(data__byyear_value, (int, float, Decimal)) or isinstance(data__byyear_value, bool):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".by_year.{data__byyear_key}".format(**locals()) + " must be number")
                data__byyear_len = len(data__byyear)
                if data__byyear_len != 0:
                    data__byyear_property_names = True
                    for data__byyear_key in data__byyear:
                        try:
                            if isinstance(data__byyear_key, str):
                                if not REGEX_PATTERNS['^(?:19[0-9]{2}|2(?:0[0-9]{2}|1[0-9]{2}|200))(?:\\.\\.(?:19[0-9]{2}|2(?:0[0-9]{2}|1[0-9]{2}|200)))?$'].search(data__byyear_key):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".by_year must match pattern ^(?:19[0-9]{2}|2(?:0[0-9]{2}|1[0-9]{2}|200))(?:\\.\\.(?:19[0-9]{2}|2(?:0[0-9]{2}|1[0-9]{2}|200)))?$")
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            data__byyear_property_names = False
                    if not data__byyear_property_names:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".by_year must be named by propertyName definition")
        if "low" in data_keys:
            data_keys.remove("low")
            data__low = data["low"]
            if not isinstance(data__low, (int, float, Decimal)) or isinstance(data__low, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".low must be number")
        if "high" in data_keys:
            data_keys.remove("high")
            data__high = data["high"]
            if not isinstance(data__high, (int, float, Decimal)) or isinstance(data__high, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".high must be number")
        if "description" in data_keys:
            data_keys.remove("description")
            data__description = data["description"]
            data__description_any_of_count7 = 0
            if not data__description_any_of_count7:
                try:
                    if not isinstance(data__description, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".description must be string")
                    data__description_any_of_count7 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__description_any_of_count7:
                try:
                    if not isinstance(data__description, (NoneType)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".description must be null")
                    data__description_any_of_count7 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__description_any_of_count7:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".description cannot be validated by any definition")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate_fast_option___defs_costsspec(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "capital" in data_keys:
            data_keys.remove("capital")
            data__capital = data["capital"]
            data__capital_one_of_count8 = 0
            if data__capital_one_of_count8 < 2:
                try:
                    if not isinstance(data__capital, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".capital must be object")
                    data__capital_is_dict = isinstance(data__capital, dict)
                    if data__capital_is_dict:
                        data__capital_len = len(data__capital)
                        if data__capital_len != 0:
                            data__capital_property_names = True
                            for data__capital_key in data__capital:
                                try:
                                    data__capital_key_any_of_count9 = 0
                                    if not data__capital_key_any_of_count9:
                                        try:
                                            if not isinstance(data__capital_key, (int)) and not (isinstance(data__capital_key, float) and data__capital_key.is_integer()) or isinstance(data__capital_key, bool):
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".capital must be integer")
                                            data__capital_key_any_of_count9 += 1
                                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                                    if not data__capital_key_any_of_count9:
                                        try:
                                            if not isinstance(data__capital_key, (str)):
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".capital must be string")
                                            data__capital_key_any_of_count9 += 1
                                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                                    if not data__capital_key_any_of_count9:
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".capital cannot be validated by any definition")
                                except (JsonSchemaValueException, JsonSchemaValuesException):
                                    data__capital_property_names = False
                            if not data__capital_property_names:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".capital must be named by propertyName definition")
                    data__capital_is_dict = isinstance(data__capital, dict)
                    if data__capital_is_dict:
                        data__capital_keys = set(data__capital.keys())
                        for data__capital_key in data__capital_keys:
                            if data__capital_key not in []:
                                data__capital_value = data__capital.get(data__capital_key)
                                if not isinstance(data__capital_value, (int, float, Decimal)) or isinstance(data__capital_value, bool):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".capital.{data__capital_key}".format(**locals()) + " must be number")
                        data__capital_len = len(data__capital)
                        if data__capital_len != 0:
                            data__capital_property_names = True
                            for data__capital_key in data__capital:
                                try:
                                    if isinstance(data__capital_key, str):
                                        if not REGEX_PATTERNS['^(?:19[0-9]{2}|2(?:0[0-9]{2}|1[0-9]{2}|200))(?:\\.\\.(?:19[0-9]{2}|2(?:0[0-9]{2}|1[0-9]{2}|200)))?$'].search(data__capital_key):
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".capital must match pattern ^(?:19[0-9]{2}|2(?:0[0-9]{2}|1[0-9]{2}|200))(?:\\.\\.(?:19[0-9]{2}|2(?:0[0-9]{2}|1[0-9]{2}|200)))?$")
                                except (JsonSchemaValueException, JsonSchemaValuesException):
                                    data__capital_property_names = False
                            if not data__capital_property_names:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".capital must be named by propertyName definition")
                    data__capital_one_of_count8 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__capital_one_of_count8 < 2:
                try:
                    validate_fast_option___defs_cashlineentry(data__capital, custom_formats, (name_prefix or "data") + ".capital")
                    data__capital_one_of_count8 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__capital_one_of_count8 != 1:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".capital must be valid exactly by one definition")
        if "operating" in data_keys:
            data_keys.remove("operating")
            data__operating = data["operating"]
            data__operating_one_of_count10 = 0
            if data__operating_one_of_count10 < 2:
                try:
                    if not isinstance(data__operating, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".operating must be object")
                    data__operating_is_dict = isinstance(data__operating, dict)
                    if data__operating_is_dict:
                        data__operating_len = len(data__operating)
                        if data__operating_len != 0:
                            data__operating_property_names = True
                            for data__operating_key in data__operating:
                                try:
                                    data__operating_key_any_of_count11 = 0
                                    if not data__operating_key_any_of_count11:
                                        try:
                                            if not isinstance(data__operating_key, (int)) and not (isinstance(data__operating_key, float) and data__operating_key.is_integer()) or isinstance(data__operating_key, bool):
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".operating must be integer")
                                            data__operating_key_any_of_count11 += 1
                                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                                    if not data__operating_key_any_of_count11:
                                        try:
                                            if not isinstance(data__operating_key, (str)):
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".operating must be string")
                                            data__operating_key_any_of_count11 += 1
                                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                                    if not data__operating_key_any_of_count11:
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".operating cannot be validated by any definition")
                                except (JsonSchemaValueException, JsonSchemaValuesException):
                                    data__operating_property_names = False
                            if not data__operating_property_names:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".operating must be named by propertyName definition")
                    data__operating_is_dict = isinstance(data__operating, dict)
                    if data__operating_is_dict:
                        data__operating_keys = set(data__operating.keys())
                        for data__operating_key in data__operating_keys:
                            if data__operating_key not in []:
                                data__operating_value = data__operating.get(data__operating_key)
                                if not isinstance(data__operating_value, (int, float, Decimal)) or isinstance(data__operating_value, bool):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".operating.{data__operating_key}".format(**locals()) + " must be number")
                        data__operating_len = len(data__operating)
                        if data__operating_len != 0:
                            data__operating_property_names = True
                            for data__operating_key in data__operating:
                                try:
                                    if isinstance(data__operating_key, str):
                                        if not REGEX_PATTERNS['^(?:19[0-9]{2}|2(?:0[0-9]{2}|1[0-9]{2}|200))(?:\\.\\.(?:19[0-9]{2}|2(?:0[0-9]{2}|1[0-9]{2}|200)))?$'].search(data__operating_key):
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".operating must match pattern ^(?:19[0-9]{2}|2(?:0[0-9]{2}|1[0-9]{2}|200))(?:\\.\\.(?:19[0-9]{2}|2(?:0[0-9]{2}|1[0-9]{2}|200)))?$")
                                except (JsonSchemaValueException, JsonSchemaValuesException):
                                    data__operating_property_names = False
                            if not data__operating_property_names:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".operating must be named by propertyName definition")
                    data__operating_one_of_count10 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__operating_one_of_count10 < 2:
                try:
                    validate_fast_option___defs_cashlineentry(data__operating, custom_formats, (name_prefix or "data") + ".operating")
                    data__operating_one_of_count10 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__operating_one_of_count10 != 1:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".operating must be valid exactly by one definition")
        if "optimism_bias" in data_keys:
            data_keys.remove("optimism_bias")
            data__optimismbias = data["optimism_bias"]
            validate_fast_option___defs_optimismbiasspec(data__optimismbias, custom_formats, (name_prefix or "data") + ".optimism_bias")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate_fast_option___defs_optimismbiasspec(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "category" in data_keys:
            data_keys.remove("category")
            data__category = data["category"]
            if not isinstance(data__category, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".category must be string")
            if not (isinstance(data__category, str) and data__category == 'standard_buildings' or isinstance(data__category, str) and data__category == 'non_standard_buildings' or isinstance(data__category, str) and data__category == 'standard_civil_engineering' or isinstance(data__category, str) and data__category == 'non_standard_civil_engineering' or isinstance(data__category, str) and data__category == 'equipment_development' or isinstance(data__category, str) and data__category == 'outsourcing'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".category must be one of ['standard_buildings', 'non_standard_buildings', 'standard_civil_engineering', 'non_standard_civil_engineering', 'equipment_development', 'outsourcing']")
        if "mix" in data_keys:
            data_keys.remove("mix")
            data__mix = data["mix"]
            if not isinstance(data__mix, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".mix must be object")
            data__mix_is_dict = isinstance(data__mix, dict)
            if data__mix_is_dict:
                data__mix_len = len(data__mix)
                if data__mix_len != 0:
                    data__mix_property_names = True
                    for data__mix_key in data__mix:
                        try:
                            if not isinstance(data__mix_key, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".mix must be string")
                            if not (isinstance(data__mix_key, str) and data__mix_key == 'standard_buildings' or isinstance(data__mix_key, str) and data__mix_key == 'non_standard_buildings' or isinstance(data__mix_key, str) and data__mix_key == 'standard_civil_engineering' or isinstance(data__mix_key, str) and data__mix_key == 'non_standard_civil_engineering' or isinstance(data__mix_key, str) and data__mix_key == 'equipment_development' or isinstance(data__mix_key, str) and data__mix_key == 'outsourcing'):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".mix must be one of ['standard_buildings', 'non_standard_buildings', 'standard_civil_engineering', 'non_standard_civil_engineering', 'equipment_development', 'outsourcing']")
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            data__mix_property_names = False
                    if not data__mix_property_names:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".mix must be named by propertyName definition")
            data__mix_is_dict = isinstance(data__mix, dict)
            if data__mix_is_dict:
                data__mix_keys = set(data__mix.keys())
                for data__mix_key in data__mix_keys:
                    if data__mix_key not in []:
                        data__mix_value = data__mix.get(data__mix_key)
                        if not isinstance(data__mix_value, (int, float, Decimal)) or isinstance(data__mix_value, bool):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".mix.{data__mix_key}".format(**locals()) + " must be number")
                        if isinstance(data__mix_value, (int, float, Decimal)) and not isinstance(data__mix_value, bool):
                            if data__mix_value < 0:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".mix.{data__mix_key}".format(**locals()) + " must be bigger than or equal to 0")
                data__mix_len = len(data__mix)
                if data__mix_len != 0:
                    data__mix_property_names = True
                    for data__mix_key in data__mix:
                        try:
                            if not (isinstance(data__mix_key, str) and data__mix_key == 'standard_buildings' or isinstance(data__mix_key, str) and data__mix_key == 'non_standard_buildings' or isinstance(data__mix_key, str) and data__mix_key == 'standard_civil_engineering' or isinstance(data__mix_key, str) and data__mix_key == 'non_standard_civil_engineering' or isinstance(data__mix_key, str) and data__mix_key == 'equipment_development' or isinstance(data__mix_key, str) and data__mix_key == 'outsourcing'):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".mix must be one of ['standard_buildings', 'non_standard_buildings', 'standard_civil_engineering', 'non_standard_civil_engineering', 'equipment_development', 'outsourcing']")
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            data__mix_property_names = False
                    if not data__mix_property_names:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".mix must be named by propertyName definition")
        if "capital" in data_keys:
            data_keys.remove("capital")
            data__capital = data["capital"]
            if not isinstance(data__capital, (int, float, Decimal)) or isinstance(data__capital, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".capital must be number")
            if isinstance(data__capital, (int, float, Decimal)) and not isinstance(data__capital, bool):
                if data__capital < 0:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".capital must be bigger than or equal to 0")
        if "operating" in data_keys:
            data_keys.remove("operating")
            data__operating = data["operating"]
            if not isinstance(data__operating, (int, float, Decimal)) or isinstance(data__operating, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".operating must be number")
            if isinstance(data__operating, (int, float, Decimal)) and not isinstance(data__operating, bool):
                if data__operating < 0:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".operating must be bigger than or equal to 0")
        if "mitigation" in data_keys:
            data_keys.remove("mitigation")
            data__mitigation = data["mitigation"]
            if not isinstance(data__mitigation, (int, float, Decimal)) or isinstance(data__mitigation, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".mitigation must be number")
            if isinstance(data__mitigation, (int, float, Decimal)) and not isinstance(data__mitigation, bool):
                if data__mitigation < 0:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".mitigation must be bigger than or equal to 0")
                if data__mitigation > 100:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".mitigation must be smaller than or equal to 100")
        if "evidence" in data_keys:
            data_keys.remove("evidence")
            data__evidence = data["evidence"]
            if not isinstance(data__evidence, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".evidence must be array")
            data__evidence_is_list = isinstance(data__evidence, (list, tuple))
            if data__evidence_is_list:
                data__evidence_len = len(data__evidence)
                for data__evidence_x, data__evidence_item in enumerate(data__evidence):
                    if not isinstance(data__evidence_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".evidence[{data__evidence_x}]".format(**locals()) + " must be string")
        if "rationale" in data_keys:
            data_keys.remove("rationale")
            data__rationale = data["rationale"]
            data__rationale_any_of_count12 = 0
            if not data__rationale_any_of_count12:
                try:
                    if not isinstance(data__rationale, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".rationale must be string")
                    data__rationale_any_of_count12 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__rationale_any_of_count12:
                try:
                    if not isinstance(data__rationale, (NoneType)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".rationale must be null")
                    data__rationale_any_of_count12 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__rationale_any_of_count12:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".rationale cannot be validated by any definition")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate_fast_option___defs_scoreentry(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "score" in data_keys:
            data_keys.remove("score")
            data__score = data["score"]
            if not isinstance(data__score, (int, float, Decimal)) or isinstance(data__score, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".score must be number")
        if "value" in data_keys:
            data_keys.remove("value")
            data__value = data["value"]
            if not isinstance(data__value, (int, float, Decimal)) or isinstance(data__value, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".value must be number")
        if "low" in data_keys:
            data_keys.remove("low")
            data__low = data["low"]
            if not isinstance(data__low, (int, float, Decimal)) or isinstance(data__low, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".low must be number")
        if "high" in data_keys:
            data_keys.remove("high")
            data__high = data["high"]
            if not isinstance(data__high, (int, float, Decimal)) or isinstance(data__high, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".high must be number")
        if "rationale" in data_keys:
            data_keys.remove("rationale")
            data__rationale = data["rationale"]
            data__rationale_any_of_count13 = 0
            if not data__rationale_any_of_count13:
                try:
                    if not isinstance(data__rationale, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".rationale must be string")
                    data__rationale_any_of_count13 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__rationale_any_of_count13:
                try:
                    if not isinstance(data__rationale, (NoneType)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".rationale must be null")
                    data__rationale_any_of_count13 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__rationale_any_of_count13:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".rationale cannot be validated by any definition")
        if "evidence" in data_keys:
            data_keys.remove("evidence")
            data__evidence = data["evidence"]
            if not isinstance(data__evidence, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".evidence must be array")
            data__evidence_is_list = isinstance(data__evidence, (list, tuple))
            if data__evidence_is_list:
                data__evidence_len = len(data__evidence)
                for data__evidence_x, data__evidence_item in enumerate(data__evidence):
                    if not isinstance(data__evidence_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".evidence[{data__evidence_x}]".format(**locals()) + " must be string")
        if "moderation" in data_keys:
            data_keys.remove("moderation")
            data__moderation = data["moderation"]
            data__moderation_any_of_count14 = 0
            if not data__moderation_any_of_count14:
                try:
                    if not isinstance(data__moderation, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".moderation must be string")
                    data__moderation_any_of_count14 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__moderation_any_of_count14:
                try:
                    if not isinstance(data__moderation, (NoneType)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".moderation must be null")
                    data__moderation_any_of_count14 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__moderation_any_of_count14:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".moderation cannot be validated by any definition")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate_fast_option___defs_gateentry(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['result']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
        data_keys = set(data.keys())
        if "result" in data_keys:
            data_keys.remove("result")
            data__result = data["result"]
            if not isinstance(data__result, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".result must be string")
            if not (isinstance(data__result, str) and data__result == 'pass' or isinstance(data__result, str) and data__result == 'fail' or isinstance(data__result, str) and data__result == 'conditional'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".result must be one of ['pass', 'fail', 'conditional']")
        if "rationale" in data_keys:
            data_keys.remove("rationale")
            data__rationale = data["rationale"]
            data__rationale_any_of_count15 = 0
            if not data__rationale_any_of_count15:
                try:
                    if not isinstance(data__rationale, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".rationale must be string")
                    data__rationale_any_of_count15 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__rationale_any_of_count15:
                try:
                    if not isinstance(data__rationale, (NoneType)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".rationale must be null")
                    data__rationale_any_of_count15 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__rationale_any_of_count15:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".rationale cannot be validated by any definition")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate_fast_option___defs_origin(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "scope" in data_keys:
            data_keys.remove("scope")
            data__scope = data["scope"]
            if not isinstance(data__scope, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".scope must be string")
            if isinstance(data__scope, str):
                data__scope_len = len(data__scope)
                if data__scope_len > 64:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".scope must be shorter than or equal to 64 characters")
                if not REGEX_PATTERNS['^[a-z][a-z0-9_]*$'].search(data__scope):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".scope must match pattern ^[a-z][a-z0-9_]*$")
        if "solution" in data_keys:
            data_keys.remove("solution")
            data__solution = data["solution"]
            if not isinstance(data__solution, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".solution must be string")
            if isinstance(data__solution, str):
                data__solution_len = len(data__solution)
                if data__solution_len > 64:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".solution must be shorter than or equal to 64 characters")
                if not REGEX_PATTERNS['^[a-z][a-z0-9_]*$'].search(data__solution):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".solution must match pattern ^[a-z][a-z0-9_]*$")
        if "delivery" in data_keys:
            data_keys.remove("delivery")
            data__delivery = data["delivery"]
            if not isinstance(data__delivery, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".delivery must be string")
            if isinstance(data__delivery, str):
                data__delivery_len = len(data__delivery)
                if data__delivery_len > 64:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".delivery must be shorter than or equal to 64 characters")
                if not REGEX_PATTERNS['^[a-z][a-z0-9_]*$'].search(data__delivery):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".delivery must match pattern ^[a-z][a-z0-9_]*$")
        if "implementation" in data_keys:
            data_keys.remove("implementation")
            data__implementation = data["implementation"]
            if not isinstance(data__implementation, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".implementation must be string")
            if isinstance(data__implementation, str):
                data__implementation_len = len(data__implementation)
                if data__implementation_len > 64:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".implementation must be shorter than or equal to 64 characters")
                if not REGEX_PATTERNS['^[a-z][a-z0-9_]*$'].search(data__implementation):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".implementation must match pattern ^[a-z][a-z0-9_]*$")
        if "funding" in data_keys:
            data_keys.remove("funding")
            data__funding = data["funding"]
            if not isinstance(data__funding, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".funding must be string")
            if isinstance(data__funding, str):
                data__funding_len = len(data__funding)
                if data__funding_len > 64:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".funding must be shorter than or equal to 64 characters")
                if not REGEX_PATTERNS['^[a-z][a-z0-9_]*$'].search(data__funding):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".funding must match pattern ^[a-z][a-z0-9_]*$")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate_fast_panel(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['assessor', 'scores']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
        data_keys = set(data.keys())
        if "assessor" in data_keys:
            data_keys.remove("assessor")
            data__assessor = data["assessor"]
            validate_fast_panel___defs_assessor(data__assessor, custom_formats, (name_prefix or "data") + ".assessor")
        if "interests" in data_keys:
            data_keys.remove("interests")
            data__interests = data["interests"]
            data__interests_any_of_count1 = 0
            if not data__interests_any_of_count1:
                try:
                    if not isinstance(data__interests, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".interests must be string")
                    data__interests_any_of_count1 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__interests_any_of_count1:
                try:
                    if not isinstance(data__interests, (NoneType)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".interests must be null")
                    data__interests_any_of_count1 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__interests_any_of_count1:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".interests cannot be validated by any definition")
        if "conflicts" in data_keys:
            data_keys.remove("conflicts")
            data__conflicts = data["conflicts"]
            if not isinstance(data__conflicts, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".conflicts must be array")
            data__conflicts_is_list = isinstance(data__conflicts, (list, tuple))
            if data__conflicts_is_list:
                data__conflicts_len = len(data__conflicts)
                for data__conflicts_x, data__conflicts_item in enumerate(data__conflicts):
                    validate_fast_panel___defs_conflict(data__conflicts_item, custom_formats, (name_prefix or "data") + ".conflicts[{data__conflicts_x}]".format(**locals()))
        if "scores" in data_keys:
            data_keys.remove("scores")
            data__scores = data["scores"]
            if not isinstance(data__scores, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".scores must be object")
            data__scores_is_dict = isinstance(data__scores, dict)
            if data__scores_is_dict:
                data__scores_len = len(data__scores)
                if data__scores_len != 0:
                    data__scores_property_names = True
                    for data__scores_key in data__scores:
                        try:
                            if not isinstance(data__scores_key, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".scores must be string")
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            data__scores_property_names = False
                    if not data__scores_property_names:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".scores must be named by propertyName definition")
            data__scores_is_dict = isinstance(data__scores, dict)
            if data__scores_is_dict:
                data__scores_keys = set(data__scores.keys())
                for data__scores_key in data__scores_keys:
                    if data__scores_key not in []:
                        data__scores_value = data__scores.get(data__scores_key)
                        if not isinstance(data__scores_value, (dict)):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".scores.{data__scores_key}".format(**locals()) + " must be object")
                        data__scores_value_is_dict = isinstance(data__scores_value, dict)
                        if data__scores_value_is_dict:
                            data__scores_value_len = len(data__scores_value)
                            if data__scores_value_len != 0:
                                data__scores_value_property_names = True
                                for data__scores_value_key in data__scores_value:
                                    try:
                                        if not isinstance(data__scores_value_key, (str)):
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".scores.{data__scores_key}".format(**locals()) + " must be string")
                                    except (JsonSchemaValueException, JsonSchemaValuesException):
                                        data__scores_value_property_names = False
                                if not data__scores_value_property_names:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".scores.{data__scores_key}".format(**locals()) + " must be named by propertyName definition")
                        data__scores_value_is_dict = isinstance(data__scores_value, dict)
                        if data__scores_value_is_dict:
                            data__scores_value_keys = set(data__scores_value.keys())
                            for data__scores_value_key in data__scores_value_keys:
                                if data__scores_value_key not in []:
                                    data__scores_value_value = data__scores_value.get(data__scores_value_key)
                                    data__scores_value_value_one_of_count2 = 0
                                    if data__scores_value_value_one_of_count2 < 2:
                                        try:
                                            if not isinstance(data__scores_value_value, (int, float, Decimal)) or isinstance(data__scores_value_value, bool):
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".scores.{data__scores_key}.{data__scores_value_key}".format(**locals()) + " must be number")
                                            data__scores_value_value_one_of_count2 += 1
                                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                                    if data__scores_value_value_one_of_count2 < 2:
                                        try:
                                            validate_fast_panel___defs_panelscoreentry(data__scores_value_value, custom_formats, (name_prefix or "data") + ".scores.{data__scores_key}.{data__scores_value_key}".format(**locals()))
                                            data__scores_value_value_one_of_count2 += 1
                                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                                    if data__scores_value_value_one_of_count2 != 1:
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".scores.{data__scores_key}.{data__scores_value_key}".format(**locals()) + " must be valid exactly by one definition")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate_fast_panel___defs_panelscoreentry(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "score" in data_keys:
            data_keys.remove("score")
            data__score = data["score"]
            if not isinstance(data__score, (int, float, Decimal)) or isinstance(data__score, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".score must be number")
        if "low" in data_keys:
            data_keys.remove("low")
            data__low = data["low"]
            if not isinstance(data__low, (int, float, Decimal)) or isinstance(data__low, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".low must be number")
        if "high" in data_keys:
            data_keys.remove("high")
            data__high = data["high"]
            if not isinstance(data__high, (int, float, Decimal)) or isinstance(data__high, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".high must be number")
        if "rationale" in data_keys:
            data_keys.remove("rationale")
            data__rationale = data["rationale"]
            data__rationale_any_of_count3 = 0
            if not data__rationale_any_of_count3:
                try:
                    if not isinstance(data__rationale, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".rationale must be string")
                    data__rationale_any_of_count3 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__rationale_any_of_count3:
                try:
                    if not isinstance(data__rationale, (NoneType)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".rationale must be null")
                    data__rationale_any_of_count3 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__rationale_any_of_count3:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".rationale cannot be validated by any definition")
        if "evidence" in data_keys:
            data_keys.remove("evidence")
            data__evidence = data["evidence"]
            if not isinstance(data__evidence, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".evidence must be array")
            data__evidence_is_list = isinstance(data__evidence, (list, tuple))
            if data__evidence_is_list:
                data__evidence_len = len(data__evidence)
                for data__evidence_x, data__evidence_item in enumerate(data__evidence):
                    if not isinstance(data__evidence_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".evidence[{data__evidence_x}]".format(**locals()) + " must be string")
        if "abstain" in data_keys:
            data_keys.remove("abstain")
            data__abstain = data["abstain"]
            if not isinstance(data__abstain, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".abstain must be string")
            if isinstance(data__abstain, str):
                data__abstain_len = len(data__abstain)
                if data__abstain_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".abstain must be longer than or equal to 1 characters")
        if "dissent" in data_keys:
            data_keys.remove("dissent")
            data__dissent = data["dissent"]
            if not isinstance(data__dissent, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".dissent must be string")
            if isinstance(data__dissent, str):
                data__dissent_len = len(data__dissent)
                if data__dissent_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".dissent must be longer than or equal to 1 characters")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate_fast_panel___defs_conflict(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['option', 'reason']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
        data_keys = set(data.keys())
        if "option" in data_keys:
            data_keys.remove("option")
            data__option = data["option"]
            if not isinstance(data__option, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".option must be string")
        if "reason" in data_keys:
            data_keys.remove("reason")
            data__reason = data["reason"]
            if not isinstance(data__reason, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".reason must be string")
            if isinstance(data__reason, str):
                data__reason_len = len(data__reason)
                if data__reason_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".reason must be longer than or equal to 1 characters")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate_fast_panel___defs_assessor(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['id', 'name', 'role']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
        data_keys = set(data.keys())
        if "id" in data_keys:
            data_keys.remove("id")
            data__id = data["id"]
            if not isinstance(data__id, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".id must be string")
            if isinstance(data__id, str):
                data__id_len = len(data__id)
                if data__id_len > 64:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".id must be shorter than or equal to 64 characters")
                if not REGEX_PATTERNS['^[a-z][a-z0-9_]*$'].search(data__id):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".id must match pattern ^[a-z][a-z0-9_]*$")
        if "name" in data_keys:
            data_keys.remove("name")
            data__name = data["name"]
            if not isinstance(data__name, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".name must be string")
            if isinstance(data__name, str):
                data__name_len = len(data__name)
                if data__name_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".name must be longer than or equal to 1 characters")
        if "role" in data_keys:
            data_keys.remove("role")
            data__role = data["role"]
            if not isinstance(data__role, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".role must be string")
            if isinstance(data__role, str):
                data__role_len = len(data__role)
                if data__role_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".role must be longer than or equal to 1 characters")
        if "organisation" in data_keys:
            data_keys.remove("organisation")
            data__organisation = data["organisation"]
            data__organisation_any_of_count4 = 0
            if not data__organisation_any_of_count4:
                try:
                    if not isinstance(data__organisation, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".organisation must be string")
                    data__organisation_any_of_count4 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__organisation_any_of_count4:
                try:
                    if not isinstance(data__organisation, (NoneType)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".organisation must be null")
                    data__organisation_any_of_count4 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__organisation_any_of_count4:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".organisation cannot be validated by any definition")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate_fast_longlist(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['objectives', 'csfs', 'framework']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
        data_keys = set(data.keys())
        if "description" in data_keys:
            data_keys.remove("description")
            data__description = data["description"]
            data__description_any_of_count1 = 0
            if not data__description_any_of_count1:
                try:
                    if not isinstance(data__description, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".description must be string")
                    data__description_any_of_count1 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__description_any_of_count1:
                try:
                    if not isinstance(data__description, (NoneType)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".description must be null")
                    data__description_any_of_count1 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__description_any_of_count1:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".description cannot be validated by any definition")
        if "objectives" in data_keys:
            data_keys.remove("objectives")
            data__objectives = data["objectives"]
            if not isinstance(data__objectives, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".objectives must be array")
            data__objectives_is_list = isinstance(data__objectives, (list, tuple))
            if data__objectives_is_list:
                data__objectives_len = len(data__objectives)
                if data__objectives_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".objectives must contain at least 1 items")
                for data__objectives_x, data__objectives_item in enumerate(data__objectives):
                    validate_fast_longlist___defs_objective(data__objectives_item, custom_formats, (name_prefix or "data") + ".objectives[{data__objectives_x}]".format(**locals()))
        if "csfs" in data_keys:
            data_keys.remove("csfs")
            data__csfs = data["csfs"]
            if not isinstance(data__csfs, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".csfs must be array")
            data__csfs_is_list = isinstance(data__csfs, (list, tuple))
            if data__csfs_is_list:
                data__csfs_len = len(data__csfs)
                if data__csfs_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".csfs must contain at least 1 items")
                for data__csfs_x, data__csfs_item in enumerate(data__csfs):
                    data__csfs_item_one_of_count2 = 0
                    if data__csfs_item_one_of_count2 < 2:
                        try:
                            if not isinstance(data__csfs_item, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".csfs[{data__csfs_x}]".format(**locals()) + " must be string")
                            if not (isinstance(data__csfs_item, str) and data__csfs_item == 'strategic_fit' or isinstance(data__csfs_item, str) and data__csfs_item == 'value_for_money' or isinstance(data__csfs_item, str) and data__csfs_item == 'supplier_capacity' or isinstance(data__csfs_item, str) and data__csfs_item == 'affordability' or isinstance(data__csfs_item, str) and data__csfs_item == 'achievability'):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".csfs[{data__csfs_x}]".format(**locals()) + " must be one of ['strategic_fit', 'value_for_money', 'supplier_capacity', 'affordability', 'achievability']")
                            data__csfs_item_one_of_count2 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if data__csfs_item_one_of_count2 < 2:
                        try:
                            validate_fast_longlist___defs_successfactor(data__csfs_item, custom_formats, (name_prefix or "data") + ".csfs[{data__csfs_x}]".format(**locals()))
                            data__csfs_item_one_of_count2 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if data__csfs_item_one_of_count2 != 1:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".csfs[{data__csfs_x}]".format(**locals()) + " must be valid exactly by one definition")
        if "framework" in data_keys:
            data_keys.remove("framework")
            data__framework = data["framework"]
            validate_fast_longlist___defs_framework(data__framework, custom_formats, (name_prefix or "data") + ".framework")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate_fast_longlist___defs_framework(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "scope" in data_keys:
            data_keys.remove("scope")
            data__scope = data["scope"]
            validate_fast_longlist___defs_dimension(data__scope, custom_formats, (name_prefix or "data") + ".scope")
        if "solution" in data_keys:
            data_keys.remove("solution")
            data__solution = data["solution"]
            validate_fast_longlist___defs_dimension(data__solution, custom_formats, (name_prefix or "data") + ".solution")
        if "delivery" in data_keys:
            data_keys.remove("delivery")
            data__delivery = data["delivery"]
            validate_fast_longlist___defs_dimension(data__delivery, custom_formats, (name_prefix or "data") + ".delivery")
        if "implementation" in data_keys:
            data_keys.remove("implementation")
            data__implementation = data["implementation"]
            validate_fast_longlist___defs_dimension(data__implementation, custom_formats, (name_prefix or "data") + ".implementation")
        if "funding" in data_keys:
            data_keys.remove("funding")
            data__funding = data["funding"]
            validate_fast_longlist___defs_dimension(data__funding, custom_formats, (name_prefix or "data") + ".funding")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate_fast_longlist___defs_dimension(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['choices']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
        data_keys = set(data.keys())
        if "description" in data_keys:
            data_keys.remove("description")
            data__description = data["description"]
            data__description_any_of_count3 = 0
            if not data__description_any_of_count3:
                try:
                    if not isinstance(data__description, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".description must be string")
                    data__description_any_of_count3 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__description_any_of_count3:
                try:
                    if not isinstance(data__description, (NoneType)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".description must be null")
                    data__description_any_of_count3 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__description_any_of_count3:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".description cannot be validated by any definition")
        if "choices" in data_keys:
            data_keys.remove("choices")
            data__choices = data["choices"]
            if not isinstance(data__choices, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".choices must be array")
            data__choices_is_list = isinstance(data__choices, (list, tuple))
            if data__choices_is_list:
                data__choices_len = len(data__choices)
                if data__choices_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".choices must contain at least 1 items")
                for data__choices_x, data__choices_item in enumerate(data__choices):
                    validate_fast_longlist___defs_choicespec(data__choices_item, custom_formats, (name_prefix or "data") + ".choices[{data__choices_x}]".format(**locals()))
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate_fast_longlist___defs_choicespec(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['id', 'name', 'status']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
        data_keys = set(data.keys())
        if "id" in data_keys:
            data_keys.remove("id")
            data__id = data["id"]
            if not isinstance(data__id, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".id must be string")
            if isinstance(data__id, str):
                data__id_len = len(data__id)
                if data__id_len > 64:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".id must be shorter than or equal to 64 characters")
                if not REGEX_PATTERNS['^[a-z][a-z0-9_]*$'].search(data__id):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".id must match pattern ^[a-z][a-z0-9_]*$")
        if "name" in data_keys:
            data_keys.remove("name")
            data__name = data["name"]
            if not isinstance(data__name, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".name must be string")
            if isinstance(data__name, str):
                data__name_len = len(data__name)
                if data__name_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".name must be longer than or equal to 1 characters")
        if "description" in data_keys:
            data_keys.remove("description")
            data__description = data["description"]
            data__description_any_of_count4 = 0
            if not data__description_any_of_count4:
                try:
                    if not isinstance(data__description, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".description must be string")
                    data__description_any_of_count4 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__description_any_of_count4:
                try:
                    if not isinstance(data__description, (NoneType)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".description must be null")
                    data__description_any_of_count4 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__description_any_of_count4:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".description cannot be validated by any definition")
        if "assessment" in data_keys:
            data_keys.remove("assessment")
            data__assessment = data["assessment"]
            if not isinstance(data__assessment, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".assessment must be object")
            data__assessment_is_dict = isinstance(data__assessment, dict)
            if data__assessment_is_dict:
                data__assessment_len = len(data__assessment)
                if data__assessment_len != 0:
                    data__assessment_property_names = True
                    for data__assessment_key in data__assessment:
                        try:
                            if not isinstance(data__assessment_key, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".assessment must be string")
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            data__assessment_property_names = False
                    if not data__assessment_property_names:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".assessment must be named by propertyName definition")
            data__assessment_is_dict = isinstance(data__assessment, dict)
            if data__assessment_is_dict:
                data__assessment_keys = set(data__assessment.keys())
                for data__assessment_key in data__assessment_keys:
                    if data__assessment_key not in []:
                        data__assessment_value = data__assessment.get(data__assessment_key)
                        data__assessment_value_one_of_count5 = 0
                        if data__assessment_value_one_of_count5 < 2:
                            try:
                                if not isinstance(data__assessment_value, (str)):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".assessment.{data__assessment_key}".format(**locals()) + " must be string")
                                if not (isinstance(data__assessment_value, str) and data__assessment_value == 'meets' or isinstance(data__assessment_value, str) and data__assessment_value == 'partly' or isinstance(data__assessment_value, str) and data__assessment_value == 'fails'):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".assessment.{data__assessment_key}".format(**locals()) + " must be one of ['meets', 'partly', 'fails']")
                                data__assessment_value_one_of_count5 += 1
                            except (JsonSchemaValueException, JsonSchemaValuesException): pass
                        if data__assessment_value_one_of_count5 < 2:
                            try:
                                validate_fast_longlist___defs_choiceassessmententry(data__assessment_value, custom_formats, (name_prefix or "data") + ".assessment.{data__assessment_key}".format(**locals()))
                                data__assessment_value_one_of_count5 += 1
                            except (JsonSchemaValueException, JsonSchemaValuesException): pass
                        if data__assessment_value_one_of_count5 != 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".assessment.{data__assessment_key}".format(**locals()) + " must be valid exactly by one definition")
        if "status" in data_keys:
            data_keys.remove("status")
            data__status = data["status"]
            if not isinstance(data__status, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".status must be string")
            if not (isinstance(data__status, str) and data__status == 'preferred' or isinstance(data__status, str) and data__status == 'carried_forward' or isinstance(data__status, str) and data__status == 'discounted'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".status must be one of ['preferred', 'carried_forward', 'discounted']")
        if "reason" in data_keys:
            data_keys.remove("reason")
            data__reason = data["reason"]
            data__reason_any_of_count6 = 0
            if not data__reason_any_of_count6:
                try:
                    if not isinstance(data__reason, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".reason must be string")
                    data__reason_any_of_count6 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__reason_any_of_count6:
                try:
                    if not isinstance(data__reason, (NoneType)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".reason must be null")
                    data__reason_any_of_count6 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__reason_any_of_count6:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".reason cannot be validated by any definition")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate_fast_longlist___defs_choiceassessmententry(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['result']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
        data_keys = set(data.keys())
        if "result" in data_keys:
            data_keys.remove("result")
            data__result = data["result"]
            if not isinstance(data__result, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".result must be string")
            if not (isinstance(data__result, str) and data__result == 'meets' or isinstance(data__result, str) and data__result == 'partly' or isinstance(data__result, str) and data__result == 'fails'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".result must be one of ['meets', 'partly', 'fails']")
        if "rationale" in data_keys:
            data_keys.remove("rationale")
            data__rationale = data["rationale"]
            data__rationale_any_of_count7 = 0
            if not data__rationale_any_of_count7:
                try:
                    if not isinstance(data__rationale, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".rationale must be string")
                    data__rationale_any_of_count7 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__rationale_any_of_count7:
                try:
                    if not isinstance(data__rationale, (NoneType)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".rationale must be null")
                    data__rationale_any_of_count7 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__rationale_any_of_count7:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".rationale cannot be validated by any definition")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate_fast_longlist___defs_successfactor(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['id', 'name']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
        data_keys = set(data.keys())
        if "id" in data_keys:
            data_keys.remove("id")
            data__id = data["id"]
            if not isinstance(data__id, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".id must be string")
            if isinstance(data__id, str):
                data__id_len = len(data__id)
                if data__id_len > 64:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".id must be shorter than or equal to 64 characters")
                if not REGEX_PATTERNS['^[a-z][a-z0-9_]*$'].search(data__id):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".id must match pattern ^[a-z][a-z0-9_]*$")
        if "name" in data_keys:
            data_keys.remove("name")
            data__name = data["name"]
            if not isinstance(data__name, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".name must be string")
            if isinstance(data__name, str):
                data__name_len = len(data__name)
                if data__name_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".name must be longer than or equal to 1 characters")
        if "description" in data_keys:
            data_keys.remove("description")
            data__description = data["description"]
            data__description_any_of_count8 = 0
            if not data__description_any_of_count8:
                try:
                    if not isinstance(data__description, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".description must be string")
                    data__description_any_of_count8 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__description_any_of_count8:
                try:
                    if not isinstance(data__description, (NoneType)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".description must be null")
                    data__description_any_of_count8 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__description_any_of_count8:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".description cannot be validated by any definition")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate_fast_longlist___defs_objective(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['id', 'text']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
        data_keys = set(data.keys())
        if "id" in data_keys:
            data_keys.remove("id")
            data__id = data["id"]
            if not isinstance(data__id, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".id must be string")
            if isinstance(data__id, str):
                data__id_len = len(data__id)
                if data__id_len > 64:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".id must be shorter than or equal to 64 characters")
                if not REGEX_PATTERNS['^[a-z][a-z0-9_]*$'].search(data__id):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".id must match pattern ^[a-z][a-z0-9_]*$")
        if "text" in data_keys:
            data_keys.remove("text")
            data__text = data["text"]
            if not isinstance(data__text, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".text must be string")
            if isinstance(data__text, str):
                data__text_len = len(data__text)
                if data__text_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".text must be longer than or equal to 1 characters")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate_fast_risks(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['risks']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
        data_keys = set(data.keys())
        if "description" in data_keys:
            data_keys.remove("description")
            data__description = data["description"]
            data__description_any_of_count1 = 0
            if not data__description_any_of_count1:
                try:
                    if not isinstance(data__description, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".description must be string")
                    data__description_any_of_count1 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__description_any_of_count1:
                try:
                    if not isinstance(data__description, (NoneType)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".description must be null")
                    data__description_any_of_count1 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__description_any_of_count1:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".description cannot be validated by any definition")
        if "matrix" in data_keys:
            data_keys.remove("matrix")
            data__matrix = data["matrix"]
            validate_fast_risks___defs_riskmatrix(data__matrix, custom_formats, (name_prefix or "data") + ".matrix")
        if "risks" in data_keys:
            data_keys.remove("risks")
            data__risks = data["risks"]
            if not isinstance(data__risks, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".risks must be array")
            data__risks_is_list = isinstance(data__risks, (list, tuple))
            if data__risks_is_list:
                data__risks_len = len(data__risks)
                if data__risks_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".risks must contain at least 1 items")
                for data__risks_x, data__risks_item in enumerate(data__risks):
                    validate_fast_risks___defs_riskspec(data__risks_item, custom_formats, (name_prefix or "data") + ".risks[{data__risks_x}]".format(**locals()))
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate_fast_risks___defs_riskspec(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['id', 'title', 'options', 'probability']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
        data_keys = set(data.keys())
        if "id" in data_keys:
            data_keys.remove("id")
            data__id = data["id"]
            if not isinstance(data__id, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".id must be string")
            if isinstance(data__id, str):
                data__id_len = len(data__id)
                if data__id_len > 64:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".id must be shorter than or equal to 64 characters")
                if not REGEX_PATTERNS['^[a-z][a-z0-9_]*$'].search(data__id):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".id must match pattern ^[a-z][a-z0-9_]*$")
        if "title" in data_keys:
            data_keys.remove("title")
            data__title = data["title"]
            if not isinstance(data__title, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".title must be string")
            if isinstance(data__title, str):
                data__title_len = len(data__title)
                if data__title_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".title must be longer than or equal to 1 characters")
        if "category" in data_keys:
            data_keys.remove("category")
            data__category = data["category"]
            if not isinstance(data__category, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".category must be string")
            if isinstance(data__category, str):
                data__category_len = len(data__category)
                if data__category_len > 64:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".category must be shorter than or equal to 64 characters")
                if not REGEX_PATTERNS['^[a-z][a-z0-9_]*$'].search(data__category):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".category must match pattern ^[a-z][a-z0-9_]*$")
        if "cause" in data_keys:
            data_keys.remove("cause")
            data__cause = data["cause"]
            data__cause_any_of_count2 = 0
            if not data__cause_any_of_count2:
                try:
                    if not isinstance(data__cause, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".cause must be string")
                    data__cause_any_of_count2 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__cause_any_of_count2:
                try:
                    if not isinstance(data__cause, (NoneType)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".cause must be null")
                    data__cause_any_of_count2 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__cause_any_of_count2:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".cause cannot be validated by any definition")
        if "effect" in data_keys:
            data_keys.remove("effect")
            data__effect = data["effect"]
            data__effect_any_of_count3 = 0
            if not data__effect_any_of_count3:
                try:
                    if not isinstance(data__effect, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".effect must be string")
                    data__effect_any_of_count3 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__effect_any_of_count3:
                try:
                    if not isinstance(data__effect, (NoneType)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".effect must be null")
                    data__effect_any_of_count3 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__effect_any_of_count3:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".effect cannot be validated by any definition")
        if "options" in data_keys:
            data_keys.remove("options")
            data__options = data["options"]
            data__options_one_of_count4 = 0
            if data__options_one_of_count4 < 2:
                try:
                    if not isinstance(data__options, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".options must be string")
                    if not (isinstance(data__options, str) and data__options == 'all'):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".options must be one of ['all']")
                    data__options_one_of_count4 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__options_one_of_count4 < 2:
                try:
                    if not isinstance(data__options, (list, tuple)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".options must be array")
                    data__options_is_list = isinstance(data__options, (list, tuple))
                    if data__options_is_list:
                        data__options_len = len(data__options)
                        if data__options_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".options must contain at least 1 items")
                        for data__options_x, data__options_item in enumerate(data__options):
                            if not isinstance(data__options_item, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".options[{data__options_x}]".format(**locals()) + " must be string")
                            if isinstance(data__options_item, str):
                                data__options_item_len = len(data__options_item)
                                if data__options_item_len > 64:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".options[{data__options_x}]".format(**locals()) + " must be shorter than or equal to 64 characters")
                                if not REGEX_PATTERNS['^[a-z][a-z0-9_]*$'].search(data__options_item):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".options[{data__options_x}]".format(**locals()) + " must match pattern ^[a-z][a-z0-9_]*$")
                    data__options_one_of_count4 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__options_one_of_count4 != 1:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".options must be valid exactly by one definition")
        if "probability" in data_keys:
            data_keys.remove("probability")
            data__probability = data["probability"]
            if not isinstance(data__probability, (int, float, Decimal)) or isinstance(data__probability, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".probability must be number")
            if isinstance(data__probability, (int, float, Decimal)) and not isinstance(data__probability, bool):
                if data__probability < 0:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".probability must be bigger than or equal to 0")
                if data__probability > 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".probability must be smaller than or equal to 1")
        if "cost" in data_keys:
            data_keys.remove("cost")
            data__cost = data["cost"]
            if not isinstance(data__cost, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".cost must be object")
            data__cost_is_dict = isinstance(data__cost, dict)
            if data__cost_is_dict:
                data__cost_len = len(data__cost)
                if data__cost_len != 0:
                    data__cost_property_names = True
                    for data__cost_key in data__cost:
                        try:
                            data__cost_key_any_of_count5 = 0
                            if not data__cost_key_any_of_count5:
                                try:
                                    if not isinstance(data__cost_key, (int)) and not (isinstance(data__cost_key, float) and data__cost_key.is_integer()) or isinstance(data__cost_key, bool):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".cost must be integer")
                                    data__cost_key_any_of_count5 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            if not data__cost_key_any_of_count5:
                                try:
                                    if not isinstance(data__cost_key, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".cost must be string")
                                    data__cost_key_any_of_count5 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            if not data__cost_key_any_of_count5:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".cost cannot be validated by any definition")
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            data__cost_property_names = False
                    if not data__cost_property_names:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".cost must be named by propertyName definition")
            data__cost_is_dict = isinstance(data__cost, dict)
            if data__cost_is_dict:
                data__cost_keys = set(data__cost.keys())
                for data__cost_key in data__cost_keys:
                    if data__cost_key not in []:
                        data__cost_value = data__cost.get(data__cost_key)
                        if not isinstance(data__cost_value, (int, float, Decimal)) or isinstance(data__cost_value, bool):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".cost.{data__cost_key}".format(**locals()) + " must be number")
                data__cost_len = len(data__cost)
                if data__cost_len != 0:
                    data__cost_property_names = True
                    for data__cost_key in data__cost:
                        try:
                            if isinstance(data__cost_key, str):
                                if not REGEX_PATTERNS['^(?:19[0-9]{2}|2(?:0[0-9]{2}|1[0-9]{2}|200))(?:\\.\\.(?:19[0-9]{2}|2(?:0[0-9]{2}|1[0-9]{2}|200)))?$'].search(data__cost_key):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".cost must match pattern ^(?:19[0-9]{2}|2(?:0[0-9]{2}|1[0-9]{2}|200))(?:\\.\\.(?:19[0-9]{2}|2(?:0[0-9]{2}|1[0-9]{2}|200)))?$")
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            data__cost_property_names = False
                    if not data__cost_property_names:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".cost must be named by propertyName definition")
        if "criteria" in data_keys:
            data_keys.remove("criteria")
            data__criteria = data["criteria"]
            if not isinstance(data__criteria, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".criteria must be object")
            data__criteria_is_dict = isinstance(data__criteria, dict)
            if data__criteria_is_dict:
                data__criteria_len = len(data__criteria)
                if data__criteria_len != 0:
                    data__criteria_property_names = True
                    for data__criteria_key in data__criteria:
                        try:
                            if not isinstance(data__criteria_key, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".criteria must be string")
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            data__criteria_property_names = False
                    if not data__criteria_property_names:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".criteria must be named by propertyName definition")
            data__criteria_is_dict = isinstance(data__criteria, dict)
            if data__criteria_is_dict:
                data__criteria_keys = set(data__criteria.keys())
                for data__criteria_key in data__criteria_keys:
                    if data__criteria_key not in []:
                        data__criteria_value = data__criteria.get(data__criteria_key)
                        if not isinstance(data__criteria_value, (int, float, Decimal)) or isinstance(data__criteria_value, bool):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".criteria.{data__criteria_key}".format(**locals()) + " must be number")
        if "owner" in data_keys:
            data_keys.remove("owner")
            data__owner = data["owner"]
            data__owner_any_of_count6 = 0
            if not data__owner_any_of_count6:
                try:
                    if not isinstance(data__owner, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".owner must be string")
                    data__owner_any_of_count6 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__owner_any_of_count6:
                try:
                    if not isinstance(data__owner, (NoneType)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".owner must be null")
                    data__owner_any_of_count6 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__owner_any_of_count6:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".owner cannot be validated by any definition")
        if "mitigation" in data_keys:
            data_keys.remove("mitigation")
            data__mitigation = data["mitigation"]
            data__mitigation_any_of_count7 = 0
            if not data__mitigation_any_of_count7:
                try:
                    if not isinstance(data__mitigation, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".mitigation must be string")
                    data__mitigation_any_of_count7 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__mitigation_any_of_count7:
                try:
                    if not isinstance(data__mitigation, (NoneType)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".mitigation must be null")
                    data__mitigation_any_of_count7 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__mitigation_any_of_count7:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".mitigation cannot be validated by any definition")
        if "residual" in data_keys:
            data_keys.remove("residual")
            data__residual = data["residual"]
            validate_fast_risks___defs_residualrisk(data__residual, custom_formats, (name_prefix or "data") + ".residual")
        if "status" in data_keys:
            data_keys.remove("status")
            data__status = data["status"]
            if not isinstance(data__status, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".status must be string")
            if not (isinstance(data__status, str) and data__status == 'open' or isinstance(data__status, str) and data__status == 'closed' or isinstance(data__status, str) and data__status == 'occurred'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".status must be one of ['open', 'closed', 'occurred']")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate_fast_risks___defs_residualrisk(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "probability" in data_keys:
            data_keys.remove("probability")
            data__probability = data["probability"]
            if not isinstance(data__probability, (int, float, Decimal)) or isinstance(data__probability, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".probability must be number")
            if isinstance(data__probability, (int, float, Decimal)) and not isinstance(data__probability, bool):
                if data__probability < 0:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".probability must be bigger than or equal to 0")
                if data__probability > 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".probability must be smaller than or equal to 1")
        if "cost" in data_keys:
            data_keys.remove("cost")
            data__cost = data["cost"]
            if not isinstance(data__cost, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".cost must be object")
            data__cost_is_dict = isinstance(data__cost, dict)
            if data__cost_is_dict:
                data__cost_len = len(data__cost)
                if data__cost_len != 0:
                    data__cost_property_names = True
                    for data__cost_key in data__cost:
                        try:
                            data__cost_key_any_of_count8 = 0
                            if not data__cost_key_any_of_count8:
                                try:
                                    if not isinstance(data__cost_key, (int)) and not (isinstance(data__cost_key, float) and data__cost_key.is_integer()) or isinstance(data__cost_key, bool):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".cost must be integer")
                                    data__cost_key_any_of_count8 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            if not data__cost_key_any_of_count8:
                                try:
                                    if not isinstance(data__cost_key, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".cost must be string")
                                    data__cost_key_any_of_count8 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            if not data__cost_key_any_of_count8:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".cost cannot be validated by any definition")
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            data__cost_property_names = False
                    if not data__cost_property_names:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".cost must be named by propertyName definition")
            data__cost_is_dict = isinstance(data__cost, dict)
            if data__cost_is_dict:
                data__cost_keys = set(data__cost.keys())
                for data__cost_key in data__cost_keys:
                    if data__cost_key not in []:
                        data__cost_value = data__cost.get(data__cost_key)
                        if not isinstance(data__cost_value, (int, float, Decimal)) or isinstance(data__cost_value, bool):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".cost.{data__cost_key}".format(**locals()) + " must be number")
                data__cost_len = len(data__cost)
                if data__cost_len != 0:
                    data__cost_property_names = True
                    for data__cost_key in data__cost:
                        try:
                            if isinstance(data__cost_key, str):
                                if not REGEX_PATTERNS['^(?:19[0-9]{2}|2(?:0[0-9]{2}|1[0-9]{2}|200))(?:\\.\\.(?:19[0-9]{2}|2(?:0[0-9]{2}|1[0-9]{2}|200)))?$'].search(data__cost_key):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".cost must match pattern ^(?:19[0-9]{2}|2(?:0[0-9]{2}|1[0-9]{2}|200))(?:\\.\\.(?:19[0-9]{2}|2(?:0[0-9]{2}|1[0-9]{2}|200)))?$")
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            data__cost_property_names = False
                    if not data__cost_property_names:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".cost must be named by propertyName definition")
        if "criteria" in data_keys:
            data_keys.remove("criteria")
            data__criteria = data["criteria"]
            if not isinstance(data__criteria, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".criteria must be object")
            data__criteria_is_dict = isinstance(data__criteria, dict)
            if data__criteria_is_dict:
                data__criteria_len = len(data__criteria)
                if data__criteria_len != 0:
                    data__criteria_property_names = True
                    for data__criteria_key in data__criteria:
                        try:
                            if not isinstance(data__criteria_key, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".criteria must be string")
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            data__criteria_property_names = False
                    if not data__criteria_property_names:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".criteria must be named by propertyName definition")
            data__criteria_is_dict = isinstance(data__criteria, dict)
            if data__criteria_is_dict:
                data__criteria_keys = set(data__criteria.keys())
                for data__criteria_key in data__criteria_keys:
                    if data__criteria_key not in []:
                        data__criteria_value = data__criteria.get(data__criteria_key)
                        if not isinstance(data__criteria_value, (int, float, Decimal)) or isinstance(data__criteria_value, bool):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".criteria.{data__criteria_key}".format(**locals()) + " must be number")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate_fast_risks___defs_riskmatrix(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "impact" in data_keys:
            data_keys.remove("impact")
            data__impact = data["impact"]
            if not isinstance(data__impact, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".impact must be array")
            data__impact_is_list = isinstance(data__impact, (list, tuple))
            if data__impact_is_list:
                data__impact_len = len(data__impact)
                if data__impact_len < 4:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".impact must contain at least 4 items")
                if data__impact_len > 4:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".impact must contain less than or equal to 4 items")
                for data__impact_x, data__impact_item in enumerate(data__impact):
                    if not isinstance(data__impact_item, (int, float, Decimal)) or isinstance(data__impact_item, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".impact[{data__impact_x}]".format(**locals()) + " must be number")
                    if isinstance(data__impact_item, (int, float, Decimal)) and not isinstance(data__impact_item, bool):
                        if data__impact_item <= 0:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".impact[{data__impact_x}]".format(**locals()) + " must be bigger than 0")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate_fast_benefits(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['benefits']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
        data_keys = set(data.keys())
        if "description" in data_keys:
            data_keys.remove("description")
            data__description = data["description"]
            data__description_any_of_count1 = 0
            if not data__description_any_of_count1:
                try:
                    if not isinstance(data__description, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".description must be string")
                    data__description_any_of_count1 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__description_any_of_count1:
                try:
                    if not isinstance(data__description, (NoneType)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".description must be null")
                    data__description_any_of_count1 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__description_any_of_count1:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".description cannot be validated by any definition")
        if "benefits" in data_keys:
            data_keys.remove("benefits")
            data__benefits = data["benefits"]
            if not isinstance(data__benefits, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".benefits must be array")
            data__benefits_is_list = isinstance(data__benefits, (list, tuple))
            if data__benefits_is_list:
                data__benefits_len = len(data__benefits)
                if data__benefits_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".benefits must contain at least 1 items")
                for data__benefits_x, data__benefits_item in enumerate(data__benefits):
                    validate_fast_benefits___defs_benefitspec(data__benefits_item, custom_formats, (name_prefix or "data") + ".benefits[{data__benefits_x}]".format(**locals()))
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate_fast_benefits___defs_benefitspec(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['id', 'title', 'cash_releasing']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
        data_keys = set(data.keys())
        if "id" in data_keys:
            data_keys.remove("id")
            data__id = data["id"]
            if not isinstance(data__id, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".id must be string")
            if isinstance(data__id, str):
                data__id_len = len(data__id)
                if data__id_len > 64:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".id must be shorter than or equal to 64 characters")
                if not REGEX_PATTERNS['^[a-z][a-z0-9_]*$'].search(data__id):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".id must match pattern ^[a-z][a-z0-9_]*$")
        if "title" in data_keys:
            data_keys.remove("title")
            data__title = data["title"]
            if not isinstance(data__title, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".title must be string")
            if isinstance(data__title, str):
                data__title_len = len(data__title)
                if data__title_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".title must be longer than or equal to 1 characters")
        if "objectives" in data_keys:
            data_keys.remove("objectives")
            data__objectives = data["objectives"]
            if not isinstance(data__objectives, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".objectives must be array")
            data__objectives_is_list = isinstance(data__objectives, (list, tuple))
            if data__objectives_is_list:
                data__objectives_len = len(data__objectives)
                for data__objectives_x, data__objectives_item in enumerate(data__objectives):
                    if not isinstance(data__objectives_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".objectives[{data__objectives_x}]".format(**locals()) + " must be string")
                    if isinstance(data__objectives_item, str):
                        data__objectives_item_len = len(data__objectives_item)
                        if data__objectives_item_len > 64:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".objectives[{data__objectives_x}]".format(**locals()) + " must be shorter than or equal to 64 characters")
                        if not REGEX_PATTERNS['^[a-z][a-z0-9_]*$'].search(data__objectives_item):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".objectives[{data__objectives_x}]".format(**locals()) + " must match pattern ^[a-z][a-z0-9_]*$")
        if "csfs" in data_keys:
            data_keys.remove("csfs")
            data__csfs = data["csfs"]
            if not isinstance(data__csfs, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".csfs must be array")
            data__csfs_is_list = isinstance(data__csfs, (list, tuple))
            if data__csfs_is_list:
                data__csfs_len = len(data__csfs)
                for data__csfs_x, data__csfs_item in enumerate(data__csfs):
                    if not isinstance(data__csfs_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".csfs[{data__csfs_x}]".format(**locals()) + " must be string")
                    if isinstance(data__csfs_item, str):
                        data__csfs_item_len = len(data__csfs_item)
                        if data__csfs_item_len > 64:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".csfs[{data__csfs_x}]".format(**locals()) + " must be shorter than or equal to 64 characters")
                        if not REGEX_PATTERNS['^[a-z][a-z0-9_]*$'].search(data__csfs_item):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".csfs[{data__csfs_x}]".format(**locals()) + " must match pattern ^[a-z][a-z0-9_]*$")
        if "criteria" in data_keys:
            data_keys.remove("criteria")
            data__criteria = data["criteria"]
            if not isinstance(data__criteria, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".criteria must be array")
            data__criteria_is_list = isinstance(data__criteria, (list, tuple))
            if data__criteria_is_list:
                data__criteria_len = len(data__criteria)
                for data__criteria_x, data__criteria_item in enumerate(data__criteria):
                    if not isinstance(data__criteria_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".criteria[{data__criteria_x}]".format(**locals()) + " must be string")
                    if isinstance(data__criteria_item, str):
                        data__criteria_item_len = len(data__criteria_item)
                        if data__criteria_item_len > 64:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".criteria[{data__criteria_x}]".format(**locals()) + " must be shorter than or equal to 64 characters")
                        if not REGEX_PATTERNS['^[a-z][a-z0-9_]*$'].search(data__criteria_item):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".criteria[{data__criteria_x}]".format(**locals()) + " must match pattern ^[a-z][a-z0-9_]*$")
        if "options" in data_keys:
            data_keys.remove("options")
            data__options = data["options"]
            if not isinstance(data__options, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".options must be array")
            data__options_is_list = isinstance(data__options, (list, tuple))
            if data__options_is_list:
                data__options_len = len(data__options)
                for data__options_x, data__options_item in enumerate(data__options):
                    if not isinstance(data__options_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".options[{data__options_x}]".format(**locals()) + " must be string")
                    if isinstance(data__options_item, str):
                        data__options_item_len = len(data__options_item)
                        if data__options_item_len > 64:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".options[{data__options_x}]".format(**locals()) + " must be shorter than or equal to 64 characters")
                        if not REGEX_PATTERNS['^[a-z][a-z0-9_]*$'].search(data__options_item):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".options[{data__options_x}]".format(**locals()) + " must match pattern ^[a-z][a-z0-9_]*$")
        if "measure" in data_keys:
            data_keys.remove("measure")
            data__measure = data["measure"]
            data__measure_any_of_count2 = 0
            if not data__measure_any_of_count2:
                try:
                    if not isinstance(data__measure, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".measure must be string")
                    data__measure_any_of_count2 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__measure_any_of_count2:
                try:
                    if not isinstance(data__measure, (NoneType)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".measure must be null")
                    data__measure_any_of_count2 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__measure_any_of_count2:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".measure cannot be validated by any definition")
        if "baseline" in data_keys:
            data_keys.remove("baseline")
            data__baseline = data["baseline"]
            data__baseline_one_of_count3 = 0
            if data__baseline_one_of_count3 < 2:
                try:
                    if not isinstance(data__baseline, (int, float, Decimal)) or isinstance(data__baseline, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".baseline must be number")
                    data__baseline_one_of_count3 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__baseline_one_of_count3 < 2:
                try:
                    if not isinstance(data__baseline, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".baseline must be string")
                    if isinstance(data__baseline, str):
                        data__baseline_len = len(data__baseline)
                        if data__baseline_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".baseline must be longer than or equal to 1 characters")
                    data__baseline_one_of_count3 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__baseline_one_of_count3 != 1:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".baseline must be valid exactly by one definition")
        if "target" in data_keys:
            data_keys.remove("target")
            data__target = data["target"]
            data__target_one_of_count4 = 0
            if data__target_one_of_count4 < 2:
                try:
                    if not isinstance(data__target, (int, float, Decimal)) or isinstance(data__target, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".target must be number")
                    data__target_one_of_count4 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__target_one_of_count4 < 2:
                try:
                    if not isinstance(data__target, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".target must be string")
                    if isinstance(data__target, str):
                        data__target_len = len(data__target)
                        if data__target_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".target must be longer than or equal to 1 characters")
                    data__target_one_of_count4 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__target_one_of_count4 != 1:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".target must be valid exactly by one definition")
        if "date" in data_keys:
            data_keys.remove("date")
            data__date = data["date"]
            data__date_any_of_count5 = 0
            if not data__date_any_of_count5:
                try:
                    if not isinstance(data__date, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".date must be string")
                    data__date_any_of_count5 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__date_any_of_count5:
                try:
                    if not isinstance(data__date, (NoneType)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".date must be null")
                    data__date_any_of_count5 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__date_any_of_count5:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".date cannot be validated by any definition")
        if "owner" in data_keys:
            data_keys.remove("owner")
            data__owner = data["owner"]
            data__owner_any_of_count6 = 0
            if not data__owner_any_of_count6:
                try:
                    if not isinstance(data__owner, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".owner must be string")
                    data__owner_any_of_count6 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__owner_any_of_count6:
                try:
                    if not isinstance(data__owner, (NoneType)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".owner must be null")
                    data__owner_any_of_count6 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__owner_any_of_count6:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".owner cannot be validated by any definition")
        if "cash_releasing" in data_keys:
            data_keys.remove("cash_releasing")
            data__cashreleasing = data["cash_releasing"]
            if not isinstance(data__cashreleasing, (bool)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".cash_releasing must be boolean")
        if "value" in data_keys:
            data_keys.remove("value")
            data__value = data["value"]
            if not isinstance(data__value, (int, float, Decimal)) or isinstance(data__value, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".value must be number")
        if "notes" in data_keys:
            data_keys.remove("notes")
            data__notes = data["notes"]
            data__notes_any_of_count7 = 0
            if not data__notes_any_of_count7:
                try:
                    if not isinstance(data__notes, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".notes must be string")
                    data__notes_any_of_count7 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__notes_any_of_count7:
                try:
                    if not isinstance(data__notes, (NoneType)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".notes must be null")
                    data__notes_any_of_count7 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__notes_any_of_count7:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".notes cannot be validated by any definition")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate_fast_equality(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['options']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
        data_keys = set(data.keys())
        if "description" in data_keys:
            data_keys.remove("description")
            data__description = data["description"]
            data__description_any_of_count1 = 0
            if not data__description_any_of_count1:
                try:
                    if not isinstance(data__description, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".description must be string")
                    data__description_any_of_count1 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__description_any_of_count1:
                try:
                    if not isinstance(data__description, (NoneType)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".description must be null")
                    data__description_any_of_count1 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__description_any_of_count1:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".description cannot be validated by any definition")
        if "options" in data_keys:
            data_keys.remove("options")
            data__options = data["options"]
            if not isinstance(data__options, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".options must be object")
            data__options_is_dict = isinstance(data__options, dict)
            if data__options_is_dict:
                data__options_len = len(data__options)
                if data__options_len != 0:
                    data__options_property_names = True
                    for data__options_key in data__options:
                        try:
                            if not isinstance(data__options_key, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".options must be string")
                            if isinstance(data__options_key, str):
                                data__options_key_len = len(data__options_key)
                                if data__options_key_len > 64:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".options must be shorter than or equal to 64 characters")
                                if not REGEX_PATTERNS['^[a-z][a-z0-9_]*$'].search(data__options_key):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".options must match pattern ^[a-z][a-z0-9_]*$")
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            data__options_property_names = False
                    if not data__options_property_names:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".options must be named by propertyName definition")
            data__options_is_dict = isinstance(data__options, dict)
            if data__options_is_dict:
                data__options_len = len(data__options)
                if data__options_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".options must contain at least 1 properties")
                data__options_keys = set(data__options.keys())
                for data__options_key, data__options_val in data__options.items():
                    if REGEX_PATTERNS['^[a-z][a-z0-9_]*$'].search(data__options_key):
                        if data__options_key in data__options_keys:
                            data__options_keys.remove(data__options_key)
                        validate_fast_equality___defs_optionequality(data__options_val, custom_formats, (name_prefix or "data") + ".options.{data__options_key}".format(**locals()))
                if data__options_len != 0:
                    data__options_property_names = True
                    for data__options_key in data__options:
                        try:
                            if isinstance(data__options_key, str):
                                data__options_key_len = len(data__options_key)
                                if data__options_key_len > 64:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".options must be shorter than or equal to 64 characters")
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            data__options_property_names = False
                    if not data__options_property_names:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".options must be named by propertyName definition")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate_fast_equality___defs_optionequality(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "age" in data_keys:
            data_keys.remove("age")
            data__age = data["age"]
            data__age_one_of_count2 = 0
            if data__age_one_of_count2 < 2:
                try:
                    if not isinstance(data__age, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".age must be string")
                    if not (isinstance(data__age, str) and data__age == 'positive' or isinstance(data__age, str) and data__age == 'neutral' or isinstance(data__age, str) and data__age == 'negative' or isinstance(data__age, str) and data__age == 'unknown'):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".age must be one of ['positive', 'neutral', 'negative', 'unknown']")
                    data__age_one_of_count2 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__age_one_of_count2 < 2:
                try:
                    validate_fast_equality___defs_impactentry(data__age, custom_formats, (name_prefix or "data") + ".age")
                    data__age_one_of_count2 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__age_one_of_count2 != 1:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".age must be valid exactly by one definition")
        if "disability" in data_keys:
            data_keys.remove("disability")
            data__disability = data["disability"]
            data__disability_one_of_count3 = 0
            if data__disability_one_of_count3 < 2:
                try:
                    if not isinstance(data__disability, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".disability must be string")
                    if not (isinstance(data__disability, str) and data__disability == 'positive' or isinstance(data__disability, str) and data__disability == 'neutral' or isinstance(data__disability, str) and data__disability == 'negative' or isinstance(data__disability, str) and data__disability == 'unknown'):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".disability must be one of ['positive', 'neutral', 'negative', 'unknown']")
                    data__disability_one_of_count3 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__disability_one_of_count3 < 2:
                try:
                    validate_fast_equality___defs_impactentry(data__disability, custom_formats, (name_prefix or "data") + ".disability")
                    data__disability_one_of_count3 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__disability_one_of_count3 != 1:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".disability must be valid exactly by one definition")
        if "gender_reassignment" in data_keys:
            data_keys.remove("gender_reassignment")
            data__genderreassignment = data["gender_reassignment"]
            data__genderreassignment_one_of_count4 = 0
            if data__genderreassignment_one_of_count4 < 2:
                try:
                    if not isinstance(data__genderreassignment, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".gender_reassignment must be string")
                    if not (isinstance(data__genderreassignment, str) and data__genderreassignment == 'positive' or isinstance(data__genderreassignment, str) and data__genderreassignment == 'neutral' or isinstance(data__genderreassignment, str) and data__genderreassignment == 'negative' or isinstance(data__genderreassignment, str) and data__genderreassignment == 'unknown'):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".gender_reassignment must be one of ['positive', 'neutral', 'negative', 'unknown']")
                    data__genderreassignment_one_of_count4 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__genderreassignment_one_of_count4 < 2:
                try:
                    validate_fast_equality___defs_impactentry(data__genderreassignment, custom_formats, (name_prefix or "data") + ".gender_reassignment")
                    data__genderreassignment_one_of_count4 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__genderreassignment_one_of_count4 != 1:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".gender_reassignment must be valid exactly by one definition")
        if "marriage_and_civil_partnership" in data_keys:
            data_keys.remove("marriage_and_civil_partnership")
            data__marriageandcivilpartnership = data["marriage_and_civil_partnership"]
            data__marriageandcivilpartnership_one_of_count5 = 0
            if data__marriageandcivilpartnership_one_of_count5 < 2:
                try:
                    if not isinstance(data__marriageandcivilpartnership, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".marriage_and_civil_partnership must be string")
                    if not (isinstance(data__marriageandcivilpartnership, str) and data__marriageandcivilpartnership == 'positive' or isinstance(data__marriageandcivilpartnership, str) and data__marriageandcivilpartnership == 'neutral' or isinstance(data__marriageandcivilpartnership, str) and data__marriageandcivilpartnership == 'negative' or isinstance(data__marriageandcivilpartnership, str) and data__marriageandcivilpartnership == 'unknown'):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".marriage_and_civil_partnership must be one of ['positive', 'neutral', 'negative', 'unknown']")
                    data__marriageandcivilpartnership_one_of_count5 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__marriageandcivilpartnership_one_of_count5 < 2:
                try:
                    validate_fast_equality___defs_impactentry(data__marriageandcivilpartnership, custom_formats, (name_prefix or "data") + ".marriage_and_civil_partnership")
                    data__marriageandcivilpartnership_one_of_count5 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__marriageandcivilpartnership_one_of_count5 != 1:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".marriage_and_civil_partnership must be valid exactly by one definition")
        if "pregnancy_and_maternity" in data_keys:
            data_keys.remove("pregnancy_and_maternity")
            data__pregnancyandmaternity = data["pregnancy_and_maternity"]
            data__pregnancyandmaternity_one_of_count6 = 0
            if data__pregnancyandmaternity_one_of_count6 < 2:
                try:
                    if not isinstance(data__pregnancyandmaternity, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".pregnancy_and_maternity must be string")
                    if not (isinstance(data__pregnancyandmaternity, str) and data__pregnancyandmaternity == 'positive' or isinstance(data__pregnancyandmaternity, str) and data__pregnancyandmaternity == 'neutral' or isinstance(data__pregnancyandmaternity, str) and data__pregnancyandmaternity == 'negative' or isinstance(data__pregnancyandmaternity, str) and data__pregnancyandmaternity == 'unknown'):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".pregnancy_and_maternity must be one of ['positive', 'neutral', 'negative', 'unknown']")
                    data__pregnancyandmaternity_one_of_count6 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__pregnancyandmaternity_one_of_count6 < 2:
                try:
                    validate_fast_equality___defs_impactentry(data__pregnancyandmaternity, custom_formats, (name_prefix or "data") + ".pregnancy_and_maternity")
                    data__pregnancyandmaternity_one_of_count6 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__pregnancyandmaternity_one_of_count6 != 1:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".pregnancy_and_maternity must be valid exactly by one definition")
        if "race" in data_keys:
            data_keys.remove("race")
            data__race = data["race"]
            data__race_one_of_count7 = 0
            if data__race_one_of_count7 < 2:
                try:
                    if not isinstance(data__race, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".race must be string")
                    if not (isinstance(data__race, str) and data__race == 'positive' or isinstance(data__race, str) and data__race == 'neutral' or isinstance(data__race, str) and data__race == 'negative' or isinstance(data__race, str) and data__race == 'unknown'):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".race must be one of ['positive', 'neutral', 'negative', 'unknown']")
                    data__race_one_of_count7 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__race_one_of_count7 < 2:
                try:
                    validate_fast_equality___defs_impactentry(data__race, custom_formats, (name_prefix or "data") + ".race")
                    data__race_one_of_count7 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__race_one_of_count7 != 1:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".race must be valid exactly by one definition")
        if "religion_or_belief" in data_keys:
            data_keys.remove("religion_or_belief")
            data__religionorbelief = data["religion_or_belief"]
            data__religionorbelief_one_of_count8 = 0
            if data__religionorbelief_one_of_count8 < 2:
                try:
                    if not isinstance(data__religionorbelief, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".religion_or_belief must be string")
                    if not (isinstance(data__religionorbelief, str) and data__religionorbelief == 'positive' or isinstance(data__religionorbelief, str) and data__religionorbelief == 'neutral' or isinstance(data__religionorbelief, str) and data__religionorbelief == 'negative' or isinstance(data__religionorbelief, str) and data__religionorbelief == 'unknown'):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".religion_or_belief must be one of ['positive', 'neutral', 'negative', 'unknown']")
                    data__religionorbelief_one_of_count8 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__religionorbelief_one_of_count8 < 2:
                try:
                    validate_fast_equality___defs_impactentry(data__religionorbelief, custom_formats, (name_prefix or "data") + ".religion_or_belief")
                    data__religionorbelief_one_of_count8 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__religionorbelief_one_of_count8 != 1:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".religion_or_belief must be valid exactly by one definition")
        if "sex" in data_keys:
            data_keys.remove("sex")
            data__sex = data["sex"]
            data__sex_one_of_count9 = 0
            if data__sex_one_of_count9 < 2:
                try:
                    if not isinstance(data__sex, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".sex must be string")
                    if not (isinstance(data__sex, str) and data__sex == 'positive' or isinstance(data__sex, str) and data__sex == 'neutral' or isinstance(data__sex, str) and data__sex == 'negative' or isinstance(data__sex, str) and data__sex == 'unknown'):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".sex must be one of ['positive', 'neutral', 'negative', 'unknown']")
                    data__sex_one_of_count9 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__sex_one_of_count9 < 2:
                try:
                    validate_fast_equality___defs_impactentry(data__sex, custom_formats, (name_prefix or "data") + ".sex")
                    data__sex_one_of_count9 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__sex_one_of_count9 != 1:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".sex must be valid exactly by one definition")
        if "sexual_orientation" in data_keys:
            data_keys.remove("sexual_orientation")
            data__sexualorientation = data["sexual_orientation"]
            data__sexualorientation_one_of_count10 = 0
            if data__sexualorientation_one_of_count10 < 2:
                try:
                    if not isinstance(data__sexualorientation, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".sexual_orientation must be string")
                    if not (isinstance(data__sexualorientation, str) and data__sexualorientation == 'positive' or isinstance(data__sexualorientation, str) and data__sexualorientation == 'neutral' or isinstance(data__sexualorientation, str) and data__sexualorientation == 'negative' or isinstance(data__sexualorientation, str) and data__sexualorientation == 'unknown'):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".sexual_orientation must be one of ['positive', 'neutral', 'negative', 'unknown']")
                    data__sexualorientation_one_of_count10 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__sexualorientation_one_of_count10 < 2:
                try:
                    validate_fast_equality___defs_impactentry(data__sexualorientation, custom_formats, (name_prefix or "data") + ".sexual_orientation")
                    data__sexualorientation_one_of_count10 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__sexualorientation_one_of_count10 != 1:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".sexual_orientation must be valid exactly by one definition")
        if "summary" in data_keys:
            data_keys.remove("summary")
            data__summary = data["summary"]
            data__summary_any_of_count11 = 0
            if not data__summary_any_of_count11:
                try:
                    if not isinstance(data__summary, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".summary must be string")
                    data__summary_any_of_count11 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__summary_any_of_count11:
                try:
                    if not isinstance(data__summary, (NoneType)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".summary must be null")
                    data__summary_any_of_count11 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__summary_any_of_count11:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".summary cannot be validated by any definition")
        if "distribution" in data_keys:
            data_keys.remove("distribution")
            data__distribution = data["distribution"]
            validate_fast_equality___defs_distributionspec(data__distribution, custom_formats, (name_prefix or "data") + ".distribution")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate_fast_equality___defs_distributionspec(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['by', 'measure', 'values']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
        data_keys = set(data.keys())
        if "by" in data_keys:
            data_keys.remove("by")
            data__by = data["by"]
            if not isinstance(data__by, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".by must be string")
            if not (isinstance(data__by, str) and data__by == 'income_quintile' or isinstance(data__by, str) and data__by == 'place'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".by must be one of ['income_quintile', 'place']")
        if "measure" in data_keys:
            data_keys.remove("measure")
            data__measure = data["measure"]
            if not isinstance(data__measure, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".measure must be string")
            if isinstance(data__measure, str):
                data__measure_len = len(data__measure)
                if data__measure_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".measure must be longer than or equal to 1 characters")
        if "unit" in data_keys:
            data_keys.remove("unit")
            data__unit = data["unit"]
            data__unit_any_of_count12 = 0
            if not data__unit_any_of_count12:
                try:
                    if not isinstance(data__unit, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".unit must be string")
                    data__unit_any_of_count12 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__unit_any_of_count12:
                try:
                    if not isinstance(data__unit, (NoneType)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".unit must be null")
                    data__unit_any_of_count12 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__unit_any_of_count12:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".unit cannot be validated by any definition")
        if "values" in data_keys:
            data_keys.remove("values")
            data__values = data["values"]
            if not isinstance(data__values, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".values must be object")
            data__values_is_dict = isinstance(data__values, dict)
            if data__values_is_dict:
                data__values_len = len(data__values)
                if data__values_len != 0:
                    data__values_property_names = True
                    for data__values_key in data__values:
                        try:
                            if not isinstance(data__values_key, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".values must be string")
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            data__values_property_names = False
                    if not data__values_property_names:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".values must be named by propertyName definition")
            data__values_is_dict = isinstance(data__values, dict)
            if data__values_is_dict:
                data__values_len = len(data__values)
                if data__values_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".values must contain at least 1 properties")
                data__values_keys = set(data__values.keys())
                for data__values_key in data__values_keys:
                    if data__values_key not in []:
                        data__values_value = data__values.get(data__values_key)
                        if not isinstance(data__values_value, (int, float, Decimal)) or isinstance(data__values_value, bool):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".values.{data__values_key}".format(**locals()) + " must be number")
        if "source" in data_keys:
            data_keys.remove("source")
            data__source = data["source"]
            data__source_any_of_count13 = 0
            if not data__source_any_of_count13:
                try:
                    if not isinstance(data__source, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".source must be string")
                    data__source_any_of_count13 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__source_any_of_count13:
                try:
                    if not isinstance(data__source, (NoneType)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".source must be null")
                    data__source_any_of_count13 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__source_any_of_count13:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".source cannot be validated by any definition")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate_fast_equality___defs_impactentry(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['impact']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
        data_keys = set(data.keys())
        if "impact" in data_keys:
            data_keys.remove("impact")
            data__impact = data["impact"]
            if not isinstance(data__impact, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".impact must be string")
            if not (isinstance(data__impact, str) and data__impact == 'positive' or isinstance(data__impact, str) and data__impact == 'neutral' or isinstance(data__impact, str) and data__impact == 'negative' or isinstance(data__impact, str) and data__impact == 'unknown'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".impact must be one of ['positive', 'neutral', 'negative', 'unknown']")
        if "evidence" in data_keys:
            data_keys.remove("evidence")
            data__evidence = data["evidence"]
            data__evidence_any_of_count14 = 0
            if not data__evidence_any_of_count14:
                try:
                    if not isinstance(data__evidence, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".evidence must be string")
                    data__evidence_any_of_count14 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__evidence_any_of_count14:
                try:
                    if not isinstance(data__evidence, (NoneType)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".evidence must be null")
                    data__evidence_any_of_count14 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__evidence_any_of_count14:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".evidence cannot be validated by any definition")
        if "mitigation" in data_keys:
            data_keys.remove("mitigation")
            data__mitigation = data["mitigation"]
            data__mitigation_any_of_count15 = 0
            if not data__mitigation_any_of_count15:
                try:
                    if not isinstance(data__mitigation, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".mitigation must be string")
                    data__mitigation_any_of_count15 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__mitigation_any_of_count15:
                try:
                    if not isinstance(data__mitigation, (NoneType)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".mitigation must be null")
                    data__mitigation_any_of_count15 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__mitigation_any_of_count15:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".mitigation cannot be validated by any definition")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate_fast_paper(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "decision_maker" in data_keys:
            data_keys.remove("decision_maker")
            data__decisionmaker = data["decision_maker"]
            if not isinstance(data__decisionmaker, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".decision_maker must be string")
            if isinstance(data__decisionmaker, str):
                data__decisionmaker_len = len(data__decisionmaker)
                if data__decisionmaker_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".decision_maker must be longer than or equal to 1 characters")
        if "meeting_date" in data_keys:
            data_keys.remove("meeting_date")
            data__meetingdate = data["meeting_date"]
            if not isinstance(data__meetingdate, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".meeting_date must be string")
            if isinstance(data__meetingdate, str):
                data__meetingdate_len = len(data__meetingdate)
                if data__meetingdate_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".meeting_date must be longer than or equal to 1 characters")
        if "author" in data_keys:
            data_keys.remove("author")
            data__author = data["author"]
            if not isinstance(data__author, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".author must be string")
            if isinstance(data__author, str):
                data__author_len = len(data__author)
                if data__author_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".author must be longer than or equal to 1 characters")
        if "key_decision" in data_keys:
            data_keys.remove("key_decision")
            data__keydecision = data["key_decision"]
            if not isinstance(data__keydecision, (bool)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".key_decision must be boolean")
        if "forward_plan" in data_keys:
            data_keys.remove("forward_plan")
            data__forwardplan = data["forward_plan"]
            if not isinstance(data__forwardplan, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".forward_plan must be string")
            if isinstance(data__forwardplan, str):
                data__forwardplan_len = len(data__forwardplan)
                if data__forwardplan_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".forward_plan must be longer than or equal to 1 characters")
        if "wards" in data_keys:
            data_keys.remove("wards")
            data__wards = data["wards"]
            if not isinstance(data__wards, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".wards must be array")
            data__wards_is_list = isinstance(data__wards, (list, tuple))
            if data__wards_is_list:
                data__wards_len = len(data__wards)
                if data__wards_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".wards must contain at least 1 items")
                for data__wards_x, data__wards_item in enumerate(data__wards):
                    if not isinstance(data__wards_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".wards[{data__wards_x}]".format(**locals()) + " must be string")
                    if isinstance(data__wards_item, str):
                        data__wards_item_len = len(data__wards_item)
                        if data__wards_item_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".wards[{data__wards_x}]".format(**locals()) + " must be longer than or equal to 1 characters")
        if "recommendations" in data_keys:
            data_keys.remove("recommendations")
            data__recommendations = data["recommendations"]
            if not isinstance(data__recommendations, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".recommendations must be array")
            data__recommendations_is_list = isinstance(data__recommendations, (list, tuple))
            if data__recommendations_is_list:
                data__recommendations_len = len(data__recommendations)
                if data__recommendations_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".recommendations must contain at least 1 items")
                for data__recommendations_x, data__recommendations_item in enumerate(data__recommendations):
                    if not isinstance(data__recommendations_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".recommendations[{data__recommendations_x}]".format(**locals()) + " must be string")
                    if isinstance(data__recommendations_item, str):
                        data__recommendations_item_len = len(data__recommendations_item)
                        if data__recommendations_item_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".recommendations[{data__recommendations_x}]".format(**locals()) + " must be longer than or equal to 1 characters")
        if "background" in data_keys:
            data_keys.remove("background")
            data__background = data["background"]
            data__background_one_of_count1 = 0
            if data__background_one_of_count1 < 2:
                try:
                    if not isinstance(data__background, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".background must be string")
                    if isinstance(data__background, str):
                        data__background_len = len(data__background)
                        if data__background_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".background must be longer than or equal to 1 characters")
                    data__background_one_of_count1 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__background_one_of_count1 < 2:
                try:
                    validate_fast_paper___defs_papertext(data__background, custom_formats, (name_prefix or "data") + ".background")
                    data__background_one_of_count1 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__background_one_of_count1 != 1:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".background must be valid exactly by one definition")
        if "options" in data_keys:
            data_keys.remove("options")
            data__options = data["options"]
            data__options_one_of_count2 = 0
            if data__options_one_of_count2 < 2:
                try:
                    if not isinstance(data__options, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".options must be string")
                    if isinstance(data__options, str):
                        data__options_len = len(data__options)
                        if data__options_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".options must be longer than or equal to 1 characters")
                    data__options_one_of_count2 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__options_one_of_count2 < 2:
                try:
                    validate_fast_paper___defs_papertext(data__options, custom_formats, (name_prefix or "data") + ".options")
                    data__options_one_of_count2 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__options_one_of_count2 != 1:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".options must be valid exactly by one definition")
        if "preferred" in data_keys:
            data_keys.remove("preferred")
            data__preferred = data["preferred"]
            data__preferred_one_of_count3 = 0
            if data__preferred_one_of_count3 < 2:
                try:
                    if not isinstance(data__preferred, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".preferred must be string")
                    if isinstance(data__preferred, str):
                        data__preferred_len = len(data__preferred)
                        if data__preferred_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".preferred must be longer than or equal to 1 characters")
                    data__preferred_one_of_count3 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__preferred_one_of_count3 < 2:
                try:
                    validate_fast_paper___defs_papertext(data__preferred, custom_formats, (name_prefix or "data") + ".preferred")
                    data__preferred_one_of_count3 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__preferred_one_of_count3 != 1:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".preferred must be valid exactly by one definition")
        if "financial" in data_keys:
            data_keys.remove("financial")
            data__financial = data["financial"]
            data__financial_one_of_count4 = 0
            if data__financial_one_of_count4 < 2:
                try:
                    if not isinstance(data__financial, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".financial must be string")
                    if isinstance(data__financial, str):
                        data__financial_len = len(data__financial)
                        if data__financial_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".financial must be longer than or equal to 1 characters")
                    data__financial_one_of_count4 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__financial_one_of_count4 < 2:
                try:
                    validate_fast_paper___defs_papertext(data__financial, custom_formats, (name_prefix or "data") + ".financial")
                    data__financial_one_of_count4 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__financial_one_of_count4 != 1:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".financial must be valid exactly by one definition")
        if "legal" in data_keys:
            data_keys.remove("legal")
            data__legal = data["legal"]
            data__legal_one_of_count5 = 0
            if data__legal_one_of_count5 < 2:
                try:
                    if not isinstance(data__legal, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".legal must be string")
                    if isinstance(data__legal, str):
                        data__legal_len = len(data__legal)
                        if data__legal_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".legal must be longer than or equal to 1 characters")
                    data__legal_one_of_count5 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__legal_one_of_count5 < 2:
                try:
                    validate_fast_paper___defs_papertext(data__legal, custom_formats, (name_prefix or "data") + ".legal")
                    data__legal_one_of_count5 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__legal_one_of_count5 != 1:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".legal must be valid exactly by one definition")
        if "equality" in data_keys:
            data_keys.remove("equality")
            data__equality = data["equality"]
            data__equality_one_of_count6 = 0
            if data__equality_one_of_count6 < 2:
                try:
                    if not isinstance(data__equality, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".equality must be string")
                    if isinstance(data__equality, str):
                        data__equality_len = len(data__equality)
                        if data__equality_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".equality must be longer than or equal to 1 characters")
                    data__equality_one_of_count6 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__equality_one_of_count6 < 2:
                try:
                    validate_fast_paper___defs_papertext(data__equality, custom_formats, (name_prefix or "data") + ".equality")
                    data__equality_one_of_count6 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__equality_one_of_count6 != 1:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".equality must be valid exactly by one definition")
        if "risk" in data_keys:
            data_keys.remove("risk")
            data__risk = data["risk"]
            data__risk_one_of_count7 = 0
            if data__risk_one_of_count7 < 2:
                try:
                    if not isinstance(data__risk, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".risk must be string")
                    if isinstance(data__risk, str):
                        data__risk_len = len(data__risk)
                        if data__risk_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".risk must be longer than or equal to 1 characters")
                    data__risk_one_of_count7 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__risk_one_of_count7 < 2:
                try:
                    validate_fast_paper___defs_papertext(data__risk, custom_formats, (name_prefix or "data") + ".risk")
                    data__risk_one_of_count7 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__risk_one_of_count7 != 1:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".risk must be valid exactly by one definition")
        if "consultation" in data_keys:
            data_keys.remove("consultation")
            data__consultation = data["consultation"]
            data__consultation_one_of_count8 = 0
            if data__consultation_one_of_count8 < 2:
                try:
                    if not isinstance(data__consultation, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".consultation must be string")
                    if isinstance(data__consultation, str):
                        data__consultation_len = len(data__consultation)
                        if data__consultation_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".consultation must be longer than or equal to 1 characters")
                    data__consultation_one_of_count8 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__consultation_one_of_count8 < 2:
                try:
                    validate_fast_paper___defs_papertext(data__consultation, custom_formats, (name_prefix or "data") + ".consultation")
                    data__consultation_one_of_count8 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__consultation_one_of_count8 != 1:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".consultation must be valid exactly by one definition")
        if "background_papers" in data_keys:
            data_keys.remove("background_papers")
            data__backgroundpapers = data["background_papers"]
            if not isinstance(data__backgroundpapers, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".background_papers must be array")
            data__backgroundpapers_is_list = isinstance(data__backgroundpapers, (list, tuple))
            if data__backgroundpapers_is_list:
                data__backgroundpapers_len = len(data__backgroundpapers)
                if data__backgroundpapers_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".background_papers must contain at least 1 items")
                for data__backgroundpapers_x, data__backgroundpapers_item in enumerate(data__backgroundpapers):
                    if not isinstance(data__backgroundpapers_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".background_papers[{data__backgroundpapers_x}]".format(**locals()) + " must be string")
                    if isinstance(data__backgroundpapers_item, str):
                        data__backgroundpapers_item_len = len(data__backgroundpapers_item)
                        if data__backgroundpapers_item_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".background_papers[{data__backgroundpapers_x}]".format(**locals()) + " must be longer than or equal to 1 characters")
        if "business_case" in data_keys:
            data_keys.remove("business_case")
            data__businesscase = data["business_case"]
            validate_fast_paper___defs_businesscasetext(data__businesscase, custom_formats, (name_prefix or "data") + ".business_case")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate_fast_paper___defs_businesscasetext(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "strategic_context" in data_keys:
            data_keys.remove("strategic_context")
            data__strategiccontext = data["strategic_context"]
            data__strategiccontext_one_of_count9 = 0
            if data__strategiccontext_one_of_count9 < 2:
                try:
                    if not isinstance(data__strategiccontext, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".strategic_context must be string")
                    if isinstance(data__strategiccontext, str):
                        data__strategiccontext_len = len(data__strategiccontext)
                        if data__strategiccontext_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".strategic_context must be longer than or equal to 1 characters")
                    data__strategiccontext_one_of_count9 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__strategiccontext_one_of_count9 < 2:
                try:
                    validate_fast_paper___defs_papertext(data__strategiccontext, custom_formats, (name_prefix or "data") + ".strategic_context")
                    data__strategiccontext_one_of_count9 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__strategiccontext_one_of_count9 != 1:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".strategic_context must be valid exactly by one definition")
        if "spending_objectives" in data_keys:
            data_keys.remove("spending_objectives")
            data__spendingobjectives = data["spending_objectives"]
            data__spendingobjectives_one_of_count10 = 0
            if data__spendingobjectives_one_of_count10 < 2:
                try:
                    if not isinstance(data__spendingobjectives, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".spending_objectives must be string")
                    if isinstance(data__spendingobjectives, str):
                        data__spendingobjectives_len = len(data__spendingobjectives)
                        if data__spendingobjectives_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".spending_objectives must be longer than or equal to 1 characters")
                    data__spendingobjectives_one_of_count10 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__spendingobjectives_one_of_count10 < 2:
                try:
                    validate_fast_paper___defs_papertext(data__spendingobjectives, custom_formats, (name_prefix or "data") + ".spending_objectives")
                    data__spendingobjectives_one_of_count10 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__spendingobjectives_one_of_count10 != 1:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".spending_objectives must be valid exactly by one definition")
        if "existing_arrangements" in data_keys:
            data_keys.remove("existing_arrangements")
            data__existingarrangements = data["existing_arrangements"]
            data__existingarrangements_one_of_count11 = 0
            if data__existingarrangements_one_of_count11 < 2:
                try:
                    if not isinstance(data__existingarrangements, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".existing_arrangements must be string")
                    if isinstance(data__existingarrangements, str):
                        data__existingarrangements_len = len(data__existingarrangements)
                        if data__existingarrangements_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".existing_arrangements must be longer than or equal to 1 characters")
                    data__existingarrangements_one_of_count11 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__existingarrangements_one_of_count11 < 2:
                try:
                    validate_fast_paper___defs_papertext(data__existingarrangements, custom_formats, (name_prefix or "data") + ".existing_arrangements")
                    data__existingarrangements_one_of_count11 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__existingarrangements_one_of_count11 != 1:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".existing_arrangements must be valid exactly by one definition")
        if "business_needs" in data_keys:
            data_keys.remove("business_needs")
            data__businessneeds = data["business_needs"]
            data__businessneeds_one_of_count12 = 0
            if data__businessneeds_one_of_count12 < 2:
                try:
                    if not isinstance(data__businessneeds, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".business_needs must be string")
                    if isinstance(data__businessneeds, str):
                        data__businessneeds_len = len(data__businessneeds)
                        if data__businessneeds_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".business_needs must be longer than or equal to 1 characters")
                    data__businessneeds_one_of_count12 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__businessneeds_one_of_count12 < 2:
                try:
                    validate_fast_paper___defs_papertext(data__businessneeds, custom_formats, (name_prefix or "data") + ".business_needs")
                    data__businessneeds_one_of_count12 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__businessneeds_one_of_count12 != 1:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".business_needs must be valid exactly by one definition")
        if "scope" in data_keys:
            data_keys.remove("scope")
            data__scope = data["scope"]
            data__scope_one_of_count13 = 0
            if data__scope_one_of_count13 < 2:
                try:
                    if not isinstance(data__scope, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".scope must be string")
                    if isinstance(data__scope, str):
                        data__scope_len = len(data__scope)
                        if data__scope_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".scope must be longer than or equal to 1 characters")
                    data__scope_one_of_count13 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__scope_one_of_count13 < 2:
                try:
                    validate_fast_paper___defs_papertext(data__scope, custom_formats, (name_prefix or "data") + ".scope")
                    data__scope_one_of_count13 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__scope_one_of_count13 != 1:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".scope must be valid exactly by one definition")
        if "benefits" in data_keys:
            data_keys.remove("benefits")
            data__benefits = data["benefits"]
            data__benefits_one_of_count14 = 0
            if data__benefits_one_of_count14 < 2:
                try:
                    if not isinstance(data__benefits, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".benefits must be string")
                    if isinstance(data__benefits, str):
                        data__benefits_len = len(data__benefits)
                        if data__benefits_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".benefits must be longer than or equal to 1 characters")
                    data__benefits_one_of_count14 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__benefits_one_of_count14 < 2:
                try:
                    validate_fast_paper___defs_papertext(data__benefits, custom_formats, (name_prefix or "data") + ".benefits")
                    data__benefits_one_of_count14 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__benefits_one_of_count14 != 1:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".benefits must be valid exactly by one definition")
        if "risks" in data_keys:
            data_keys.remove("risks")
            data__risks = data["risks"]
            data__risks_one_of_count15 = 0
            if data__risks_one_of_count15 < 2:
                try:
                    if not isinstance(data__risks, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".risks must be string")
                    if isinstance(data__risks, str):
                        data__risks_len = len(data__risks)
                        if data__risks_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".risks must be longer than or equal to 1 characters")
                    data__risks_one_of_count15 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__risks_one_of_count15 < 2:
                try:
                    validate_fast_paper___defs_papertext(data__risks, custom_formats, (name_prefix or "data") + ".risks")
                    data__risks_one_of_count15 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__risks_one_of_count15 != 1:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".risks must be valid exactly by one definition")
        if "constraints" in data_keys:
            data_keys.remove("constraints")
            data__constraints = data["constraints"]
            data__constraints_one_of_count16 = 0
            if data__constraints_one_of_count16 < 2:
                try:
                    if not isinstance(data__constraints, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".constraints must be string")
                    if isinstance(data__constraints, str):
                        data__constraints_len = len(data__constraints)
                        if data__constraints_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".constraints must be longer than or equal to 1 characters")
                    data__constraints_one_of_count16 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__constraints_one_of_count16 < 2:
                try:
                    validate_fast_paper___defs_papertext(data__constraints, custom_formats, (name_prefix or "data") + ".constraints")
                    data__constraints_one_of_count16 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__constraints_one_of_count16 != 1:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".constraints must be valid exactly by one definition")
        if "csfs" in data_keys:
            data_keys.remove("csfs")
            data__csfs = data["csfs"]
            data__csfs_one_of_count17 = 0
            if data__csfs_one_of_count17 < 2:
                try:
                    if not isinstance(data__csfs, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".csfs must be string")
                    if isinstance(data__csfs, str):
                        data__csfs_len = len(data__csfs)
                        if data__csfs_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".csfs must be longer than or equal to 1 characters")
                    data__csfs_one_of_count17 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__csfs_one_of_count17 < 2:
                try:
                    validate_fast_paper___defs_papertext(data__csfs, custom_formats, (name_prefix or "data") + ".csfs")
                    data__csfs_one_of_count17 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__csfs_one_of_count17 != 1:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".csfs must be valid exactly by one definition")
        if "long_list" in data_keys:
            data_keys.remove("long_list")
            data__longlist = data["long_list"]
            data__longlist_one_of_count18 = 0
            if data__longlist_one_of_count18 < 2:
                try:
                    if not isinstance(data__longlist, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".long_list must be string")
                    if isinstance(data__longlist, str):
                        data__longlist_len = len(data__longlist)
                        if data__longlist_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".long_list must be longer than or equal to 1 characters")
                    data__longlist_one_of_count18 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__longlist_one_of_count18 < 2:
                try:
                    validate_fast_paper___defs_papertext(data__longlist, custom_formats, (name_prefix or "data") + ".long_list")
                    data__longlist_one_of_count18 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__longlist_one_of_count18 != 1:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".long_list must be valid exactly by one definition")
        if "short_list" in data_keys:
            data_keys.remove("short_list")
            data__shortlist = data["short_list"]
            data__shortlist_one_of_count19 = 0
            if data__shortlist_one_of_count19 < 2:
                try:
                    if not isinstance(data__shortlist, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".short_list must be string")
                    if isinstance(data__shortlist, str):
                        data__shortlist_len = len(data__shortlist)
                        if data__shortlist_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".short_list must be longer than or equal to 1 characters")
                    data__shortlist_one_of_count19 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__shortlist_one_of_count19 < 2:
                try:
                    validate_fast_paper___defs_papertext(data__shortlist, custom_formats, (name_prefix or "data") + ".short_list")
                    data__shortlist_one_of_count19 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__shortlist_one_of_count19 != 1:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".short_list must be valid exactly by one definition")
        if "economic_appraisal" in data_keys:
            data_keys.remove("economic_appraisal")
            data__economicappraisal = data["economic_appraisal"]
            data__economicappraisal_one_of_count20 = 0
            if data__economicappraisal_one_of_count20 < 2:
                try:
                    if not isinstance(data__economicappraisal, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".economic_appraisal must be string")
                    if isinstance(data__economicappraisal, str):
                        data__economicappraisal_len = len(data__economicappraisal)
                        if data__economicappraisal_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".economic_appraisal must be longer than or equal to 1 characters")
                    data__economicappraisal_one_of_count20 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__economicappraisal_one_of_count20 < 2:
                try:
                    validate_fast_paper___defs_papertext(data__economicappraisal, custom_formats, (name_prefix or "data") + ".economic_appraisal")
                    data__economicappraisal_one_of_count20 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__economicappraisal_one_of_count20 != 1:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".economic_appraisal must be valid exactly by one definition")
        if "sensitivity" in data_keys:
            data_keys.remove("sensitivity")
            data__sensitivity = data["sensitivity"]
            data__sensitivity_one_of_count21 = 0
            if data__sensitivity_one_of_count21 < 2:
                try:
                    if not isinstance(data__sensitivity, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".sensitivity must be string")
                    if isinstance(data__sensitivity, str):
                        data__sensitivity_len = len(data__sensitivity)
                        if data__sensitivity_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".sensitivity must be longer than or equal to 1 characters")
                    data__sensitivity_one_of_count21 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__sensitivity_one_of_count21 < 2:
                try:
                    validate_fast_paper___defs_papertext(data__sensitivity, custom_formats, (name_prefix or "data") + ".sensitivity")
                    data__sensitivity_one_of_count21 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__sensitivity_one_of_count21 != 1:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".sensitivity must be valid exactly by one definition")
        if "preferred_option" in data_keys:
            data_keys.remove("preferred_option")
            data__preferredoption = data["preferred_option"]
            data__preferredoption_one_of_count22 = 0
            if data__preferredoption_one_of_count22 < 2:
                try:
                    if not isinstance(data__preferredoption, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".preferred_option must be string")
                    if isinstance(data__preferredoption, str):
                        data__preferredoption_len = len(data__preferredoption)
                        if data__preferredoption_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".preferred_option must be longer than or equal to 1 characters")
                    data__preferredoption_one_of_count22 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__preferredoption_one_of_count22 < 2:
                try:
                    validate_fast_paper___defs_papertext(data__preferredoption, custom_formats, (name_prefix or "data") + ".preferred_option")
                    data__preferredoption_one_of_count22 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__preferredoption_one_of_count22 != 1:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".preferred_option must be valid exactly by one definition")
        if "procurement_strategy" in data_keys:
            data_keys.remove("procurement_strategy")
            data__procurementstrategy = data["procurement_strategy"]
            data__procurementstrategy_one_of_count23 = 0
            if data__procurementstrategy_one_of_count23 < 2:
                try:
                    if not isinstance(data__procurementstrategy, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".procurement_strategy must be string")
                    if isinstance(data__procurementstrategy, str):
                        data__procurementstrategy_len = len(data__procurementstrategy)
                        if data__procurementstrategy_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".procurement_strategy must be longer than or equal to 1 characters")
                    data__procurementstrategy_one_of_count23 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__procurementstrategy_one_of_count23 < 2:
                try:
                    validate_fast_paper___defs_papertext(data__procurementstrategy, custom_formats, (name_prefix or "data") + ".procurement_strategy")
                    data__procurementstrategy_one_of_count23 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__procurementstrategy_one_of_count23 != 1:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".procurement_strategy must be valid exactly by one definition")
        if "service_requirements" in data_keys:
            data_keys.remove("service_requirements")
            data__servicerequirements = data["service_requirements"]
            data__servicerequirements_one_of_count24 = 0
            if data__servicerequirements_one_of_count24 < 2:
                try:
                    if not isinstance(data__servicerequirements, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".service_requirements must be string")
                    if isinstance(data__servicerequirements, str):
                        data__servicerequirements_len = len(data__servicerequirements)
                        if data__servicerequirements_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".service_requirements must be longer than or equal to 1 characters")
                    data__servicerequirements_one_of_count24 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__servicerequirements_one_of_count24 < 2:
                try:
                    validate_fast_paper___defs_papertext(data__servicerequirements, custom_formats, (name_prefix or "data") + ".service_requirements")
                    data__servicerequirements_one_of_count24 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__servicerequirements_one_of_count24 != 1:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".service_requirements must be valid exactly by one definition")
        if "risk_allocation" in data_keys:
            data_keys.remove("risk_allocation")
            data__riskallocation = data["risk_allocation"]
            data__riskallocation_one_of_count25 = 0
            if data__riskallocation_one_of_count25 < 2:
                try:
                    if not isinstance(data__riskallocation, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".risk_allocation must be string")
                    if isinstance(data__riskallocation, str):
                        data__riskallocation_len = len(data__riskallocation)
                        if data__riskallocation_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".risk_allocation must be longer than or equal to 1 characters")
                    data__riskallocation_one_of_count25 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__riskallocation_one_of_count25 < 2:
                try:
                    validate_fast_paper___defs_papertext(data__riskallocation, custom_formats, (name_prefix or "data") + ".risk_allocation")
                    data__riskallocation_one_of_count25 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__riskallocation_one_of_count25 != 1:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".risk_allocation must be valid exactly by one definition")
        if "payment_mechanisms" in data_keys:
            data_keys.remove("payment_mechanisms")
            data__paymentmechanisms = data["payment_mechanisms"]
            data__paymentmechanisms_one_of_count26 = 0
            if data__paymentmechanisms_one_of_count26 < 2:
                try:
                    if not isinstance(data__paymentmechanisms, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".payment_mechanisms must be string")
                    if isinstance(data__paymentmechanisms, str):
                        data__paymentmechanisms_len = len(data__paymentmechanisms)
                        if data__paymentmechanisms_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".payment_mechanisms must be longer than or equal to 1 characters")
                    data__paymentmechanisms_one_of_count26 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__paymentmechanisms_one_of_count26 < 2:
                try:
                    validate_fast_paper___defs_papertext(data__paymentmechanisms, custom_formats, (name_prefix or "data") + ".payment_mechanisms")
                    data__paymentmechanisms_one_of_count26 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__paymentmechanisms_one_of_count26 != 1:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".payment_mechanisms must be valid exactly by one definition")
        if "contractual_arrangements" in data_keys:
            data_keys.remove("contractual_arrangements")
            data__contractualarrangements = data["contractual_arrangements"]
            data__contractualarrangements_one_of_count27 = 0
            if data__contractualarrangements_one_of_count27 < 2:
                try:
                    if not isinstance(data__contractualarrangements, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".contractual_arrangements must be string")
                    if isinstance(data__contractualarrangements, str):
                        data__contractualarrangements_len = len(data__contractualarrangements)
                        if data__contractualarrangements_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".contractual_arrangements must be longer than or equal to 1 characters")
                    data__contractualarrangements_one_of_count27 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__contractualarrangements_one_of_count27 < 2:
                try:
                    validate_fast_paper___defs_papertext(data__contractualarrangements, custom_formats, (name_prefix or "data") + ".contractual_arrangements")
                    data__contractualarrangements_one_of_count27 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__contractualarrangements_one_of_count27 != 1:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".contractual_arrangements must be valid exactly by one definition")
        if "personnel" in data_keys:
            data_keys.remove("personnel")
            data__personnel = data["personnel"]
            data__personnel_one_of_count28 = 0
            if data__personnel_one_of_count28 < 2:
                try:
                    if not isinstance(data__personnel, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".personnel must be string")
                    if isinstance(data__personnel, str):
                        data__personnel_len = len(data__personnel)
                        if data__personnel_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".personnel must be longer than or equal to 1 characters")
                    data__personnel_one_of_count28 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__personnel_one_of_count28 < 2:
                try:
                    validate_fast_paper___defs_papertext(data__personnel, custom_formats, (name_prefix or "data") + ".personnel")
                    data__personnel_one_of_count28 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__personnel_one_of_count28 != 1:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".personnel must be valid exactly by one definition")
        if "accountancy" in data_keys:
            data_keys.remove("accountancy")
            data__accountancy = data["accountancy"]
            data__accountancy_one_of_count29 = 0
            if data__accountancy_one_of_count29 < 2:
                try:
                    if not isinstance(data__accountancy, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".accountancy must be string")
                    if isinstance(data__accountancy, str):
                        data__accountancy_len = len(data__accountancy)
                        if data__accountancy_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".accountancy must be longer than or equal to 1 characters")
                    data__accountancy_one_of_count29 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__accountancy_one_of_count29 < 2:
                try:
                    validate_fast_paper___defs_papertext(data__accountancy, custom_formats, (name_prefix or "data") + ".accountancy")
                    data__accountancy_one_of_count29 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__accountancy_one_of_count29 != 1:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".accountancy must be valid exactly by one definition")
        if "costs" in data_keys:
            data_keys.remove("costs")
            data__costs = data["costs"]
            data__costs_one_of_count30 = 0
            if data__costs_one_of_count30 < 2:
                try:
                    if not isinstance(data__costs, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".costs must be string")
                    if isinstance(data__costs, str):
                        data__costs_len = len(data__costs)
                        if data__costs_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".costs must be longer than or equal to 1 characters")
                    data__costs_one_of_count30 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__costs_one_of_count30 < 2:
                try:
                    validate_fast_paper___defs_papertext(data__costs, custom_formats, (name_prefix or "data") + ".costs")
                    data__costs_one_of_count30 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__costs_one_of_count30 != 1:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".costs must be valid exactly by one definition")
        if "balance_sheet" in data_keys:
            data_keys.remove("balance_sheet")
            data__balancesheet = data["balance_sheet"]
            data__balancesheet_one_of_count31 = 0
            if data__balancesheet_one_of_count31 < 2:
                try:
                    if not isinstance(data__balancesheet, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".balance_sheet must be string")
                    if isinstance(data__balancesheet, str):
                        data__balancesheet_len = len(data__balancesheet)
                        if data__balancesheet_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".balance_sheet must be longer than or equal to 1 characters")
                    data__balancesheet_one_of_count31 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__balancesheet_one_of_count31 < 2:
                try:
                    validate_fast_paper___defs_papertext(data__balancesheet, custom_formats, (name_prefix or "data") + ".balance_sheet")
                    data__balancesheet_one_of_count31 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__balancesheet_one_of_count31 != 1:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".balance_sheet must be valid exactly by one definition")
        if "affordability" in data_keys:
            data_keys.remove("affordability")
            data__affordability = data["affordability"]
            data__affordability_one_of_count32 = 0
            if data__affordability_one_of_count32 < 2:
                try:
                    if not isinstance(data__affordability, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".affordability must be string")
                    if isinstance(data__affordability, str):
                        data__affordability_len = len(data__affordability)
                        if data__affordability_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".affordability must be longer than or equal to 1 characters")
                    data__affordability_one_of_count32 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__affordability_one_of_count32 < 2:
                try:
                    validate_fast_paper___defs_papertext(data__affordability, custom_formats, (name_prefix or "data") + ".affordability")
                    data__affordability_one_of_count32 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__affordability_one_of_count32 != 1:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".affordability must be valid exactly by one definition")
        if "governance" in data_keys:
            data_keys.remove("governance")
            data__governance = data["governance"]
            data__governance_one_of_count33 = 0
            if data__governance_one_of_count33 < 2:
                try:
                    if not isinstance(data__governance, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".governance must be string")
                    if isinstance(data__governance, str):
                        data__governance_len = len(data__governance)
                        if data__governance_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".governance must be longer than or equal to 1 characters")
                    data__governance_one_of_count33 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__governance_one_of_count33 < 2:
                try:
                    validate_fast_paper___defs_papertext(data__governance, custom_formats, (name_prefix or "data") + ".governance")
                    data__governance_one_of_count33 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__governance_one_of_count33 != 1:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".governance must be valid exactly by one definition")
        if "advisers" in data_keys:
            data_keys.remove("advisers")
            data__advisers = data["advisers"]
            data__advisers_one_of_count34 = 0
            if data__advisers_one_of_count34 < 2:
                try:
                    if not isinstance(data__advisers, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".advisers must be string")
                    if isinstance(data__advisers, str):
                        data__advisers_len = len(data__advisers)
                        if data__advisers_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".advisers must be longer than or equal to 1 characters")
                    data__advisers_one_of_count34 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__advisers_one_of_count34 < 2:
                try:
                    validate_fast_paper___defs_papertext(data__advisers, custom_formats, (name_prefix or "data") + ".advisers")
                    data__advisers_one_of_count34 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__advisers_one_of_count34 != 1:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".advisers must be valid exactly by one definition")
        if "change_management" in data_keys:
            data_keys.remove("change_management")
            data__changemanagement = data["change_management"]
            data__changemanagement_one_of_count35 = 0
            if data__changemanagement_one_of_count35 < 2:
                try:
                    if not isinstance(data__changemanagement, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".change_management must be string")
                    if isinstance(data__changemanagement, str):
                        data__changemanagement_len = len(data__changemanagement)
                        if data__changemanagement_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".change_management must be longer than or equal to 1 characters")
                    data__changemanagement_one_of_count35 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__changemanagement_one_of_count35 < 2:
                try:
                    validate_fast_paper___defs_papertext(data__changemanagement, custom_formats, (name_prefix or "data") + ".change_management")
                    data__changemanagement_one_of_count35 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__changemanagement_one_of_count35 != 1:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".change_management must be valid exactly by one definition")
        if "benefits_realisation" in data_keys:
            data_keys.remove("benefits_realisation")
            data__benefitsrealisation = data["benefits_realisation"]
            data__benefitsrealisation_one_of_count36 = 0
            if data__benefitsrealisation_one_of_count36 < 2:
                try:
                    if not isinstance(data__benefitsrealisation, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".benefits_realisation must be string")
                    if isinstance(data__benefitsrealisation, str):
                        data__benefitsrealisation_len = len(data__benefitsrealisation)
                        if data__benefitsrealisation_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".benefits_realisation must be longer than or equal to 1 characters")
                    data__benefitsrealisation_one_of_count36 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__benefitsrealisation_one_of_count36 < 2:
                try:
                    validate_fast_paper___defs_papertext(data__benefitsrealisation, custom_formats, (name_prefix or "data") + ".benefits_realisation")
                    data__benefitsrealisation_one_of_count36 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__benefitsrealisation_one_of_count36 != 1:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".benefits_realisation must be valid exactly by one definition")
        if "risk_management" in data_keys:
            data_keys.remove("risk_management")
            data__riskmanagement = data["risk_management"]
            data__riskmanagement_one_of_count37 = 0
            if data__riskmanagement_one_of_count37 < 2:
                try:
                    if not isinstance(data__riskmanagement, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".risk_management must be string")
                    if isinstance(data__riskmanagement, str):
                        data__riskmanagement_len = len(data__riskmanagement)
                        if data__riskmanagement_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".risk_management must be longer than or equal to 1 characters")
                    data__riskmanagement_one_of_count37 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__riskmanagement_one_of_count37 < 2:
                try:
                    validate_fast_paper___defs_papertext(data__riskmanagement, custom_formats, (name_prefix or "data") + ".risk_management")
                    data__riskmanagement_one_of_count37 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__riskmanagement_one_of_count37 != 1:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".risk_management must be valid exactly by one definition")
        if "evaluation" in data_keys:
            data_keys.remove("evaluation")
            data__evaluation = data["evaluation"]
            data__evaluation_one_of_count38 = 0
            if data__evaluation_one_of_count38 < 2:
                try:
                    if not isinstance(data__evaluation, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".evaluation must be string")
                    if isinstance(data__evaluation, str):
                        data__evaluation_len = len(data__evaluation)
                        if data__evaluation_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".evaluation must be longer than or equal to 1 characters")
                    data__evaluation_one_of_count38 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__evaluation_one_of_count38 < 2:
                try:
                    validate_fast_paper___defs_papertext(data__evaluation, custom_formats, (name_prefix or "data") + ".evaluation")
                    data__evaluation_one_of_count38 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__evaluation_one_of_count38 != 1:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".evaluation must be valid exactly by one definition")
        if "contingency" in data_keys:
            data_keys.remove("contingency")
            data__contingency = data["contingency"]
            data__contingency_one_of_count39 = 0
            if data__contingency_one_of_count39 < 2:
                try:
                    if not isinstance(data__contingency, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".contingency must be string")
                    if isinstance(data__contingency, str):
                        data__contingency_len = len(data__contingency)
                        if data__contingency_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".contingency must be longer than or equal to 1 characters")
                    data__contingency_one_of_count39 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__contingency_one_of_count39 < 2:
                try:
                    validate_fast_paper___defs_papertext(data__contingency, custom_formats, (name_prefix or "data") + ".contingency")
                    data__contingency_one_of_count39 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__contingency_one_of_count39 != 1:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".contingency must be valid exactly by one definition")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate_fast_paper___defs_papertext(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['text']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
        data_keys = set(data.keys())
        if "text" in data_keys:
            data_keys.remove("text")
            data__text = data["text"]
            if not isinstance(data__text, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".text must be string")
            if isinstance(data__text, str):
                data__text_len = len(data__text)
                if data__text_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".text must be longer than or equal to 1 characters")
        if "exempt" in data_keys:
            data_keys.remove("exempt")
            data__exempt = data["exempt"]
            validate_fast_paper___defs_exemption(data__exempt, custom_formats, (name_prefix or "data") + ".exempt")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate_fast_paper___defs_exemption(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['paragraph', 'reason']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
        data_keys = set(data.keys())
        if "paragraph" in data_keys:
            data_keys.remove("paragraph")
            data__paragraph = data["paragraph"]
            if not isinstance(data__paragraph, (int)) and not (isinstance(data__paragraph, float) and data__paragraph.is_integer()) or isinstance(data__paragraph, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".paragraph must be integer")
            if isinstance(data__paragraph, (int, float, Decimal)) and not isinstance(data__paragraph, bool):
                if data__paragraph < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".paragraph must be bigger than or equal to 1")
                if data__paragraph > 7:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".paragraph must be smaller than or equal to 7")
        if "reason" in data_keys:
            data_keys.remove("reason")
            data__reason = data["reason"]
            if not isinstance(data__reason, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".reason must be string")
            if isinstance(data__reason, str):
                data__reason_len = len(data__reason)
                if data__reason_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".reason must be longer than or equal to 1 characters")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

VALIDATORS = {
    'criteria': validate_fast_criteria,
    'option': validate_fast_option,
    'panel': validate_fast_panel,
    'longlist': validate_fast_longlist,
    'risks': validate_fast_risks,
    'benefits': validate_fast_benefits,
    'equality': validate_fast_equality,
    'paper': validate_fast_paper,
}
